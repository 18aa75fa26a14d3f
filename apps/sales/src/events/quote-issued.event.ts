import { buildEvent } from '@crm/events';
import type { Quote } from '../data/quote.entity';
import { formatAmount } from '@crm/db';

export function quoteIssued(quote: Quote, actor: string, correlationId: string) {
  return buildEvent('crm.sales.quote.issued', {
    subject: quote.id,
    actor,
    correlationId,
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
