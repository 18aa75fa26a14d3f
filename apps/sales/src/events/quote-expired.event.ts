import { buildEvent, type EventOrigin } from '@crm/events';
import type { Quote } from '../data/quote.entity';

export function quoteExpired(before: Quote, expiredAt: Date, origin: EventOrigin) {
  return buildEvent('crm.sales.quote.expired', {
    subject: before.id,
    ...origin,
    data: {
      quoteId: before.id,
      customerId: before.customerId,
      opportunityId: before.opportunityId,
      ownerId: before.ownerId,
      previousStatus: before.status as 'DRAFT' | 'ISSUED',
      validUntil: before.validUntil,
      total: before.total,
      currency: before.currency,
      expiredAt: expiredAt.toISOString(),
    },
  });
}
