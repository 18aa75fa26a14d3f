import { buildEvent } from '@crm/events';
import type { RequestContext } from '@crm/subgraph-kit';

export function customerMerged(
  survivorId: string,
  mergedIds: string[],
  mergedAt: Date,
  context: RequestContext,
) {
  return buildEvent('crm.customer.customer.merged', {
    subject: survivorId,
    actor: context.caller.userId,
    correlationId: context.correlationId,
    data: { customerId: survivorId, mergedCustomerIds: mergedIds, mergedAt: mergedAt.toISOString() },
  });
}
