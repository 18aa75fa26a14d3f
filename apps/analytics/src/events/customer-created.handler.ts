import type { EventHandler } from '@crm/messaging';
import { recordCustomerCreated } from '../data/customer-fact.repository';

export const onCustomerCreated: EventHandler<'crm.customer.customer.created'> = async (event, manager) => {
  await recordCustomerCreated(manager, {
    customerId: event.data.customerId,
    kind: event.data.kind,
    createdAt: new Date(event.data.createdAt),
    ownerId: event.data.ownerId,
  });
};
