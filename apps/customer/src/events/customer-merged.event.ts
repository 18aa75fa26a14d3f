import { buildEvent, type EventOrigin } from '@crm/events';

export function customerMerged(survivorId: string, mergedIds: string[], mergedAt: Date, origin: EventOrigin) {
  return buildEvent('crm.customer.customer.merged', {
    subject: survivorId,
    ...origin,
    data: { customerId: survivorId, mergedCustomerIds: mergedIds, mergedAt: mergedAt.toISOString() },
  });
}
