import type { EventHandler } from '@crm/messaging';
import { changeCustomerOwner } from '../data/customer-fact.repository';

/** A new owner reaches the customer's analytics, the former one no longer does. */
export const onCustomerUpdated: EventHandler<'crm.customer.customer.updated'> = async (event, manager) => {
  const { customerId, values } = event.data;
  if (values.ownerId !== undefined) await changeCustomerOwner(manager, customerId, values.ownerId);
};
