import { effectiveQuoteStatus, type QuoteStatus } from './quote-status';

export interface ExpiringQuote {
  status: QuoteStatus;
  validUntil: string;
}

/** The statuses a quote can expire from: it was left undecided. */
export type UndecidedQuoteStatus = 'DRAFT' | 'ISSUED';

/** The quote already reads as EXPIRED (effectiveQuoteStatus) but its row does not say so yet. */
export function isQuoteToExpire<T extends ExpiringQuote>(
  quote: T,
  today: string,
): quote is T & { status: UndecidedQuoteStatus } {
  return (
    quote.status !== 'EXPIRED' && effectiveQuoteStatus(quote.status, quote.validUntil, today) === 'EXPIRED'
  );
}
