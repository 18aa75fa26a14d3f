import { badUserInput, refuseNul } from '@crm/errors';

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

/** The stages a deal moves through while it is open, in the order a sale usually goes. */
export const OPEN_STAGES = OPPORTUNITY_STAGES.filter(isOpenStage);

export type CloseOutcome = 'CLOSED_WON' | 'CLOSED_LOST';

/**
 * An open deal may move to any other open stage, forward (skipping stages) or back when it
 * regresses; closing goes through winOpportunity / loseOpportunity (lost needs a reason) and a
 * closed deal moves only through reopenOpportunity.
 */
export function assertStageMove(from: OpportunityStage, to: OpportunityStage, field: string): void {
  if (!isOpenStage(from))
    throw badUserInput(
      field,
      `the deal is ${from} and cannot move to ${to}; reopen it with reopenOpportunity`,
    );
  if (!isOpenStage(to))
    throw badUserInput(
      field,
      `${to} closes the deal (now ${from}): use ${to === 'CLOSED_WON' ? 'winOpportunity' : 'loseOpportunity'}`,
    );
  if (from === to) throw badUserInput(field, `the deal is already in ${to}`);
}

const MAX_REASON_LENGTH = 500;

function reasonText(reason: string | null | undefined, field: string, required: boolean): string | null {
  const text = refuseNul(field, reason ?? '').trim();
  if (text.length === 0) {
    if (required) throw badUserInput(field, 'must say why (it must not be empty)');
    return null;
  }
  if (text.length > MAX_REASON_LENGTH)
    throw badUserInput(field, `must be at most ${MAX_REASON_LENGTH} characters (got ${text.length})`);
  return text;
}

/** Closing an open deal: won with an optional reason, lost only with one (for loss analysis). */
export function assertClosing(
  from: OpportunityStage,
  outcome: CloseOutcome,
  reason: string | null | undefined,
  fields: { stage: string; reason: string },
): string | null {
  if (!isOpenStage(from))
    throw badUserInput(
      fields.stage,
      `the deal is already ${from} and cannot move to ${outcome}; reopen it with reopenOpportunity first`,
    );
  return reasonText(reason, fields.reason, outcome === 'CLOSED_LOST');
}

/** Reopening a closed deal into an open stage, always with a reason. */
export function assertReopening(
  from: OpportunityStage,
  to: OpportunityStage,
  reason: string | null | undefined,
  fields: { stage: string; reason: string },
): string {
  if (isOpenStage(from))
    throw badUserInput(fields.stage, `the deal is ${from}, still open: nothing to reopen`);
  if (!isOpenStage(to))
    throw badUserInput(fields.stage, `a reopened deal goes back to an open stage (got ${to}, from ${from})`);
  return reasonText(reason, fields.reason, true)!;
}

/** A won or lost deal keeps the products it closed with: reopen it to change them. */
export function assertOpenForLineItems(stage: OpportunityStage, field: string): void {
  if (!isOpenStage(stage))
    throw badUserInput(field, `the deal is ${stage}: reopen it to change its products`);
}
