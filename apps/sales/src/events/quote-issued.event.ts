import { buildEvent, type EventOrigin } from '@crm/events';
import type { Quote } from '../data/quote.entity';
import { formatAmount } from '@crm/db';

export function quoteIssued(quote: Quote, origin: EventOrigin) {
  return buildEvent('crm.sales.quote.issued', {
    subject: quote.id,
    ...origin,
    data: {
      quoteId: quote.id,
      customerId: quote.customerId,
      opportunityId: quote.opportunityId,
      ownerId: quote.ownerId,
      total: formatAmount(quote.total, quote.currency),
      currency: quote.currency,
      validUntil: quote.validUntil,
      issuedAt: quote.issuedAt!.toISOString(),
    },
  });
}
