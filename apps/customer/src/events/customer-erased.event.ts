import { buildEvent } from '@crm/events';
import type { RequestContext } from '@crm/subgraph-kit';

export function customerErased(customerId: string, erasedAt: Date, context: RequestContext) {
  return buildEvent('crm.customer.customer.erased', {
    subject: customerId,
    actor: context.caller.userId,
    correlationId: context.correlationId,
    data: { customerId, erasedAt: erasedAt.toISOString() },
  });
}
