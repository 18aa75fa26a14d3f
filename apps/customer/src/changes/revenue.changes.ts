import { createLogger } from '@crm/logger';
import { runChange, type Change, type ChangeScope } from '@crm/subgraph-kit';
import { Customer } from '../data/customer.entity';
import { recordRevenue, type RevenueFact } from '../data/customer-value.repository';
import { evaluatePurchases } from './customer-value.changes';

const logger = createLogger('customer.revenue');

/** A merge leaves the merged customer pointing at its survivor; follow a few hops, never a cycle. */
async function currentCustomer(change: Change, id: string): Promise<Customer | null> {
  const lock = (customerId: string) =>
    change.lock<Customer>(Customer, customerId, { mode: 'for_no_key_update' });
  if (!(await change.manager.existsBy(Customer, { id }))) return null;
  let customer = await lock(id);
  for (let hops = 0; customer.mergedIntoId && hops < 5; hops++) customer = await lock(customer.mergedIntoId);
  return customer;
}

/**
 * An order or payment of a customer (a saga step on sales' events): recorded once, then the
 * lifecycle and tier rules follow. Revenue of a customer this service does not know (yet: a lead
 * conversion still on its way) is kept, and counted by the customer's next evaluation; an erased
 * customer's revenue is kept for the figures but moves nothing.
 */
export function recordRevenueFact(scope: ChangeScope, causingEventId: string, fact: RevenueFact) {
  return runChange(scope, async (change) => {
    const customer = await currentCustomer(change, fact.customerId);
    const isNew = await recordRevenue(change.manager, {
      ...fact,
      customerId: customer?.id ?? fact.customerId,
    });
    if (!customer || customer.erasedAt) {
      logger.warn(
        { eventId: causingEventId, customerId: fact.customerId, erased: Boolean(customer?.erasedAt) },
        'revenue for a customer not known here (or erased): kept, lifecycle and tier not evaluated',
      );
      return;
    }
    if (!isNew) return; // the same order or payment again, under another event id
    const action = fact.kind === 'ORDER' ? 'recordOrder' : 'recordPayment';
    await evaluatePurchases(change, customer, { action, source: 'EVENT', causingEventId, at: new Date() });
  });
}
