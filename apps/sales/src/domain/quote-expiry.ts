import { effectiveQuoteStatus, type QuoteStatus } from './quote-status';

export interface ExpiringQuote {
  status: QuoteStatus;
  validUntil: string;
}

/** The quote already reads as EXPIRED (effectiveQuoteStatus) but its row does not say so yet. */
export function isQuoteToExpire(quote: ExpiringQuote, today: string): boolean {
  return (
    quote.status !== 'EXPIRED' && effectiveQuoteStatus(quote.status, quote.validUntil, today) === 'EXPIRED'
  );
}
