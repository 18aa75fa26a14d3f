import type { EventHandler } from '@crm/messaging';
import { KnownCustomer } from '../data/known-customer.entity';

/** Remembers the customer so opportunities can reference it (DESIGN §2: learn from events). */
export const onCustomerCreated: EventHandler<'crm.customer.customer.created'> = async (event, manager) => {
  await manager
    .createQueryBuilder()
    .insert()
    .into(KnownCustomer)
    .values({
      id: event.data.customerId,
      name: event.data.name,
      ownerId: event.data.ownerId,
      createdAt: new Date(event.data.createdAt),
    })
    .orIgnore()
    .execute();
};
