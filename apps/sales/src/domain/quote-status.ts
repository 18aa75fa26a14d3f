import { badUserInput } from '@crm/errors';

/** DRAFT → ISSUED → ACCEPTED / REJECTED; an issued quote past its validUntil date is EXPIRED. */
export const QUOTE_STATUSES = ['DRAFT', 'ISSUED', 'ACCEPTED', 'REJECTED', 'EXPIRED'] as const;
export type QuoteStatus = (typeof QUOTE_STATUSES)[number];

export type QuoteDecision = 'issue' | 'accept' | 'reject';

const TARGET: Record<QuoteDecision, QuoteStatus> = {
  issue: 'ISSUED',
  accept: 'ACCEPTED',
  reject: 'REJECTED',
};
const FROM: Record<QuoteDecision, QuoteStatus> = { issue: 'DRAFT', accept: 'ISSUED', reject: 'ISSUED' };

/**
 * The status the quote has today: validity ends after `validUntil` (a calendar date, compared as
 * ISO strings), so a draft or issued quote left undecided past it reads as EXPIRED without a job.
 */
export function effectiveQuoteStatus(status: QuoteStatus, validUntil: string, today: string): QuoteStatus {
  if ((status === 'DRAFT' || status === 'ISSUED') && validUntil < today) return 'EXPIRED';
  return status;
}

/** The status after `decision`, or BAD_USER_INPUT on `field` when the quote cannot take it. */
export function decideQuote(
  status: QuoteStatus,
  validUntil: string,
  today: string,
  decision: QuoteDecision,
  field = 'id',
): QuoteStatus {
  const current = effectiveQuoteStatus(status, validUntil, today);
  if (current === 'EXPIRED') {
    throw badUserInput(field, `the quote expired on ${validUntil}; create a new quote`);
  }
  if (current !== FROM[decision]) {
    throw badUserInput(
      field,
      `a ${current} quote cannot be ${TARGET[decision].toLowerCase()} (it must be ${FROM[decision]})`,
    );
  }
  return TARGET[decision];
}

/** Issuing stamps issuedAt; accepting or rejecting stamps decidedAt. */
export function quoteDecisionChanges(decision: QuoteDecision, status: QuoteStatus, now: Date) {
  return decision === 'issue' ? { status, issuedAt: now } : { status, decidedAt: now };
}
