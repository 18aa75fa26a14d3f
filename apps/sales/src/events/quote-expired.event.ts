import { formatAmount } from '@crm/db';
import { buildEvent, type EventOrigin } from '@crm/events';
import type { Quote } from '../data/quote.entity';
import type { UndecidedQuoteStatus } from '../domain/quote-expiry';

export function quoteExpired(
  before: Quote & { status: UndecidedQuoteStatus },
  expiredAt: Date,
  origin: EventOrigin,
) {
  return buildEvent('crm.sales.quote.expired', {
    subject: before.id,
    ...origin,
    data: {
      quoteId: before.id,
      customerId: before.customerId,
      opportunityId: before.opportunityId,
      ownerId: before.ownerId,
      previousStatus: before.status,
      validUntil: before.validUntil,
      total: formatAmount(before.total, before.currency),
      currency: before.currency,
      expiredAt: expiredAt.toISOString(),
    },
  });
}
