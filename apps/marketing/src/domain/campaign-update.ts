import { badUserInput } from '@crm/errors';
import { parseChannels, type CampaignChannel } from './campaign-channel';
import { assertEditable, assertKeepsStart } from './campaign-lifecycle';
import type { CampaignStatus } from './campaign-status';
import { assertPeriod, parseBudget, parseNewCampaign } from './new-campaign';

/** The plan of a campaign as stored: what updateCampaign may change. */
export interface CampaignPlan {
  name: string;
  budgetAmount: string | null;
  budgetCurrency: string | null;
  startsOn: string | null;
  endsOn: string | null;
  channels: CampaignChannel[];
  description: string | null;
}

/** updateCampaign's input: a field left out keeps its value, null clears it. */
export type CampaignPlanChanges = {
  [K in Exclude<keyof CampaignPlan, 'channels'>]?: CampaignPlan[K] | null;
} & {
  channels?: readonly string[] | null;
};

/**
 * The campaign's plan after the changes, checked as a whole (a new end date against the kept
 * start, a budget amount against the kept currency). Only fields that differ are returned.
 */
export function planAfterChanges(
  current: CampaignPlan & { status: CampaignStatus },
  changes: CampaignPlanChanges,
  path = 'input',
): Partial<CampaignPlan> {
  assertEditable(current.status, 'id');
  const pick = <K extends keyof CampaignPlan>(key: K) =>
    (changes[key] === undefined ? current[key] : changes[key]) as CampaignPlan[K] | null;
  if (changes.name === null) throw badUserInput(`${path}.name`, 'must not be empty');
  const name =
    changes.name === undefined ? current.name : parseNewCampaign({ name: changes.name }, path).name;
  const startsOn = pick('startsOn');
  const endsOn = pick('endsOn');
  for (const field of ['startsOn', 'endsOn'] as const) {
    const value = changes[field];
    if (value && !/^\d{4}-\d{2}-\d{2}$/.test(value))
      throw badUserInput(`${path}.${field}`, `must be a date such as 2026-12-31 (got "${value}")`);
  }
  assertPeriod(startsOn, endsOn, path);
  assertKeepsStart(current.status, startsOn, `${path}.startsOn`);
  const description = pick('description')?.trim() || null;
  if (description !== null && description.length > 2000)
    throw badUserInput(`${path}.description`, 'must be at most 2000 characters');
  const next: CampaignPlan = {
    name,
    ...parseBudget(pick('budgetAmount'), pick('budgetCurrency'), path),
    startsOn,
    endsOn,
    channels:
      changes.channels === undefined
        ? current.channels
        : parseChannels(`${path}.channels`, changes.channels ?? []),
    description,
  };
  return Object.fromEntries(
    (Object.keys(next) as (keyof CampaignPlan)[])
      .filter((key) => JSON.stringify(next[key]) !== JSON.stringify(current[key]))
      .map((key) => [key, next[key]]),
  ) as Partial<CampaignPlan>;
}
