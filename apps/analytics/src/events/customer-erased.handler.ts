import type { EventHandler } from '@crm/messaging';
import { markCustomerErased } from '../data/customer-fact.repository';
import { eraseCustomerTraces } from '../data/customer-traces.repository';

/**
 * The erasure is remembered (a tombstone), so what arrives about the customer later keeps nothing
 * personal either; what analytics holds already is anonymised now (eraseCustomerTraces).
 */
export const onCustomerErased: EventHandler<'crm.customer.customer.erased'> = async (event, manager) => {
  const { customerId, erasedAt } = event.data;
  await markCustomerErased(manager, customerId, new Date(erasedAt));
  await eraseCustomerTraces(manager, customerId);
};
