import { buildEvent, type EventOrigin } from '@crm/events';

export function customerErased(customerId: string, erasedAt: Date, origin: EventOrigin) {
  return buildEvent('crm.customer.customer.erased', {
    subject: customerId,
    ...origin,
    data: { customerId, erasedAt: erasedAt.toISOString() },
  });
}
