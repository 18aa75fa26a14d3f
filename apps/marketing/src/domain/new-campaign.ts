import { z } from 'zod';
import { parseAmount, parseCurrency } from '@crm/db';
import { badUserInput } from '@crm/errors';
import { parseChannels, type CampaignChannel } from './campaign-channel';
import { INITIAL_CAMPAIGN_STATUS, type CampaignStatus } from './campaign-status';

export interface NewCampaign {
  name: string;
  budgetAmount: string | null;
  budgetCurrency: string | null;
  startsOn: string | null;
  endsOn: string | null;
  channels: CampaignChannel[];
  description: string | null;
}

const optional = <T extends z.ZodType>(schema: T) => schema.nullish().transform((value) => value ?? null);

const inputSchema = z.object({
  name: z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters'),
  budgetAmount: optional(z.string()),
  budgetCurrency: optional(z.string()),
  startsOn: optional(z.iso.date('must be a date such as 2026-12-31')),
  endsOn: optional(z.iso.date('must be a date such as 2026-12-31')),
  channels: optional(z.array(z.string())),
  description: optional(z.string().trim().max(2000, 'must be at most 2000 characters')),
});

/** A budget is an amount AND its currency: both or neither. Money stays a decimal string. */
export function parseBudget(amount: string | null, currency: string | null, path: string) {
  if (amount === null && currency === null) return { budgetAmount: null, budgetCurrency: null };
  if (amount === null)
    throw badUserInput(`${path}.budgetAmount`, 'must be given with budgetCurrency (or leave both out)');
  if (currency === null)
    throw badUserInput(`${path}.budgetCurrency`, 'must be given with budgetAmount (or leave both out)');
  return {
    budgetAmount: parseAmount(`${path}.budgetAmount`, amount),
    budgetCurrency: parseCurrency(`${path}.budgetCurrency`, currency),
  };
}

/** ISO dates compare correctly as strings. */
export function assertPeriod(startsOn: string | null, endsOn: string | null, path: string): void {
  if (startsOn !== null && endsOn !== null && endsOn < startsOn) {
    throw badUserInput(`${path}.endsOn`, `must be on or after startsOn ${startsOn} (got ${endsOn})`);
  }
}

/** Validates createCampaign's input; the first problem is reported with its field path. */
export function parseNewCampaign(input: unknown, path = 'input'): NewCampaign {
  const result = inputSchema.safeParse(input);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw badUserInput([path, ...issue.path].join('.'), issue.message);
  }
  const { name, budgetAmount, budgetCurrency, startsOn, endsOn, channels, description } = result.data;
  assertPeriod(startsOn, endsOn, path);
  return {
    name,
    ...parseBudget(budgetAmount, budgetCurrency, path),
    startsOn,
    endsOn,
    channels: parseChannels(`${path}.channels`, channels ?? []),
    description: description || null,
  };
}

/** A campaign as it is created: a DRAFT at version 1. */
export function campaignToCreate(campaign: NewCampaign, id: string, now: Date) {
  return {
    ...campaign,
    id,
    status: INITIAL_CAMPAIGN_STATUS as CampaignStatus,
    cancellationReason: null,
    createdAt: now,
    updatedAt: now,
    version: 1,
  };
}
