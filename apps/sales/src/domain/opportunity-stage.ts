import { badUserInput } from '@crm/errors';

/** Default win probability per stage, in percent (DESIGN §3). */
export const DEFAULT_PROBABILITY = {
  PROSPECTING: 10,
  QUALIFICATION: 20,
  NEEDS_ANALYSIS: 40,
  PROPOSAL: 60,
  NEGOTIATION: 80,
  CLOSED_WON: 100,
  CLOSED_LOST: 0,
} as const;

export type OpportunityStage = keyof typeof DEFAULT_PROBABILITY;

export const OPPORTUNITY_STAGES = Object.keys(DEFAULT_PROBABILITY) as OpportunityStage[];

export function isOpenStage(stage: OpportunityStage): boolean {
  return stage !== 'CLOSED_WON' && stage !== 'CLOSED_LOST';
}

/** A deal is created open: it is won or lost later, through its own mutations. */
export function initialStage(stage: OpportunityStage | null | undefined, field: string): OpportunityStage {
  const chosen = stage ?? 'PROSPECTING';
  if (!isOpenStage(chosen))
    throw badUserInput(field, `a new opportunity must start in an open stage (got ${chosen})`);
  return chosen;
}

/** The probability of a deal: the caller's override, or the stage's default. */
export function probabilityFor(
  stage: OpportunityStage,
  override: number | null | undefined,
  field: string,
): number {
  if (override === null || override === undefined) return DEFAULT_PROBABILITY[stage];
  if (!Number.isInteger(override) || override < 0 || override > 100) {
    throw badUserInput(field, `must be a whole percentage between 0 and 100 (got ${override})`);
  }
  return override;
}
