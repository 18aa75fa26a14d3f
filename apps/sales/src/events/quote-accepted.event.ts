import { buildEvent, type EventOrigin } from '@crm/events';
import type { Quote } from '../data/quote.entity';

export function quoteAccepted(quote: Quote, origin: EventOrigin) {
  return buildEvent('crm.sales.quote.accepted', {
    subject: quote.id,
    ...origin,
    data: {
      quoteId: quote.id,
      customerId: quote.customerId,
      opportunityId: quote.opportunityId,
      ownerId: quote.ownerId,
      total: quote.total,
      currency: quote.currency,
      acceptedAt: quote.decidedAt!.toISOString(),
    },
  });
}
