import { buildEvent, type EventOrigin } from '@crm/events';
import type { Quote } from '../data/quote.entity';
import { formatAmount } from '@crm/db';

export function quoteAccepted(quote: Quote, origin: EventOrigin) {
  return buildEvent('crm.sales.quote.accepted', {
    subject: quote.id,
    ...origin,
    data: {
      quoteId: quote.id,
      customerId: quote.customerId,
      opportunityId: quote.opportunityId,
      ownerId: quote.ownerId,
      total: formatAmount(quote.total, quote.currency),
      currency: quote.currency,
      acceptedAt: quote.decidedAt!.toISOString(),
    },
  });
}
