import { buildEvent, type EventPayload } from '@crm/events';
import type { RequestContext } from '@crm/subgraph-kit';

type ProfileValues = EventPayload<'crm.customer.customer.updated'>['values'];

/** customer.updated with the new values of the fields that changed. */
export function customerUpdated(
  customerId: string,
  values: ProfileValues,
  updatedAt: Date,
  context: RequestContext,
) {
  return buildEvent('crm.customer.customer.updated', {
    subject: customerId,
    actor: context.caller.userId,
    correlationId: context.correlationId,
    data: { customerId, changedFields: Object.keys(values), values, updatedAt: updatedAt.toISOString() },
  });
}
