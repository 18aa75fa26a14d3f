import type { EntityManager } from 'typeorm';
import { notFound } from '@crm/errors';
import { KnownCustomer } from './known-customer.entity';
import { Opportunity } from './opportunity.entity';

/**
 * The customer a document is for, locked shared so it cannot vanish from the projection (merge,
 * erasure) before the document commits. Sales learns customers from events: NOT_FOUND until then.
 */
export async function knownCustomer(
  manager: EntityManager,
  id: string,
  field: string,
): Promise<KnownCustomer> {
  const customer = await manager.findOne(KnownCustomer, {
    where: { id },
    lock: { mode: 'pessimistic_read' },
  });
  if (!customer) throw notFound('Customer', id, field);
  return customer;
}

/** The deal a document follows, locked shared so its stage cannot change under the document. */
export async function dealOf(manager: EntityManager, id: string, field: string): Promise<Opportunity> {
  const opportunity = await manager.findOne(Opportunity, {
    where: { id },
    lock: { mode: 'pessimistic_read' },
  });
  if (!opportunity) throw notFound('Opportunity', id, field);
  return opportunity;
}
