import { badUserInput } from '@crm/errors';

/**
 * The campaign lifecycle of DESIGN §3 as data: DRAFT → SCHEDULED → ACTIVE → COMPLETED, and a
 * campaign that has not completed may be CANCELLED. COMPLETED and CANCELLED are final.
 */
export const CAMPAIGN_TRANSITIONS = {
  DRAFT: ['SCHEDULED', 'CANCELLED'],
  SCHEDULED: ['ACTIVE', 'CANCELLED'],
  ACTIVE: ['COMPLETED', 'CANCELLED'],
  COMPLETED: [],
  CANCELLED: [],
} as const satisfies Record<string, readonly string[]>;

export type CampaignStatus = keyof typeof CAMPAIGN_TRANSITIONS;

export const CAMPAIGN_STATUSES = Object.keys(CAMPAIGN_TRANSITIONS) as CampaignStatus[];

/** Every campaign is created as a DRAFT, to be scheduled once it is ready. */
export const INITIAL_CAMPAIGN_STATUS: CampaignStatus = 'DRAFT';

export function canTransition(from: CampaignStatus, to: CampaignStatus): boolean {
  return (CAMPAIGN_TRANSITIONS[from] as readonly CampaignStatus[]).includes(to);
}

/** Refuses a move the lifecycle does not allow, telling the caller which moves it does. */
export function assertTransition(from: CampaignStatus, to: CampaignStatus, field: string): void {
  if (canTransition(from, to)) return;
  const allowed: readonly CampaignStatus[] = CAMPAIGN_TRANSITIONS[from];
  const options = allowed.length > 0 ? `from ${from} it can go to ${allowed.join(', ')}` : `${from} is final`;
  throw badUserInput(field, `a campaign cannot move from ${from} to ${to}; ${options}`);
}
