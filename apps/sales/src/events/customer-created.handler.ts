import type { EventHandler } from '@crm/messaging';
import { scopeOfEvent } from '@crm/subgraph-kit';
import { learnCustomer } from '../changes/known-customer.changes';

/** Remembers the customer so opportunities can reference it (DESIGN §2: learn from events). */
export const onCustomerCreated: EventHandler<'crm.customer.customer.created'> = (event, manager) =>
  learnCustomer(scopeOfEvent('sales', manager, event), {
    id: event.data.customerId,
    name: event.data.name,
    ownerId: event.data.ownerId,
    createdAt: new Date(event.data.createdAt),
  });
