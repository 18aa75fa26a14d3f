import { buildEvent, type EventOrigin, type EventPayload } from '@crm/events';

type ProfileValues = EventPayload<'crm.customer.customer.updated'>['values'];

/** customer.updated with the new values of the fields that changed. */
export function customerUpdated(
  customerId: string,
  values: ProfileValues,
  updatedAt: Date,
  origin: EventOrigin,
) {
  return buildEvent('crm.customer.customer.updated', {
    subject: customerId,
    ...origin,
    data: { customerId, changedFields: Object.keys(values), values, updatedAt: updatedAt.toISOString() },
  });
}
