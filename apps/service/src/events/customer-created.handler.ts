import type { EventHandler } from '@crm/messaging';
import { rememberCustomer } from '../data/known-customer.repository';

/** Remembers the customer so tickets can reference it (DESIGN §2: learn from events). */
export const onCustomerCreated: EventHandler<'crm.customer.customer.created'> = async (event, manager) => {
  await rememberCustomer(manager, event.data.customerId);
};
