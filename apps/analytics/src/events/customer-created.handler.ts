import type { EventHandler } from '@crm/messaging';
import { CustomerFact } from '../data/customer-fact.entity';

export const onCustomerCreated: EventHandler<'crm.customer.customer.created'> = async (event, manager) => {
  await manager
    .createQueryBuilder()
    .insert()
    .into(CustomerFact)
    .values({
      customerId: event.data.customerId,
      kind: event.data.kind,
      createdAt: new Date(event.data.createdAt),
      ownerId: event.data.ownerId,
    })
    .orIgnore()
    .execute();
};
