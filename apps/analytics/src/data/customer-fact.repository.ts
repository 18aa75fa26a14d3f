import DataLoader from 'dataloader';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { isUuid } from '@crm/db';
import { CustomerFact } from './customer-fact.entity';

/** Per-request loader of customer facts by customer id (null for a customer analytics never saw). */
export function customerFactLoader(dataSource: DataSource) {
  return new DataLoader<string, CustomerFact | null>(async (ids) => {
    const facts = await dataSource.getRepository(CustomerFact).findBy({ customerId: In(ids.filter(isUuid)) });
    const byId = new Map(facts.map((fact) => [fact.customerId, fact]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}

/**
 * Where a customer's data lives now: the survivor when it was merged (merges keep redirects one
 * step deep), and whether that customer was erased.
 */
export async function currentCustomerOf(
  manager: EntityManager,
  customerId: string,
): Promise<{ customerId: string; erased: boolean }> {
  let fact = await manager.findOneBy(CustomerFact, { customerId });
  if (fact?.mergedIntoId) fact = await manager.findOneBy(CustomerFact, { customerId: fact.mergedIntoId });
  return { customerId: fact?.customerId ?? customerId, erased: Boolean(fact?.erasedAt) };
}

export async function changeCustomerOwner(
  manager: EntityManager,
  customerId: string,
  ownerId: string | null,
): Promise<void> {
  await manager.update(CustomerFact, { customerId }, { ownerId });
}

/** The merged customers, and those merged into them before, now redirect to the survivor. */
export async function markCustomersMerged(
  manager: EntityManager,
  survivorId: string,
  mergedIds: string[],
): Promise<void> {
  await manager.query(
    'UPDATE customer_facts SET merged_into_id = $1 WHERE customer_id = ANY($2) OR merged_into_id = ANY($2)',
    [survivorId, mergedIds],
  );
}

export async function markCustomerErased(
  manager: EntityManager,
  customerId: string,
  erasedAt: Date,
): Promise<void> {
  await manager.update(CustomerFact, { customerId }, { erasedAt });
}
