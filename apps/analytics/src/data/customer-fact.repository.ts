import DataLoader from 'dataloader';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { isUuid } from '@crm/db';
import { CustomerFact } from './customer-fact.entity';
import {
  lockCustomerIdentitiesShared,
  recordErasure,
  recordMerge,
  survivorAndErasureOf,
} from './customer-tombstone.repository';

/** Per-request loader of customer facts by customer id (null for a customer analytics never saw). */
export function customerFactLoader(dataSource: DataSource) {
  return new DataLoader<string, CustomerFact | null>(async (ids) => {
    const facts = await dataSource.getRepository(CustomerFact).findBy({ customerId: In(ids.filter(isUuid)) });
    const byId = new Map(facts.map((fact) => [fact.customerId, fact]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}

/**
 * Where a customer's data lives now: the last survivor when it was merged, and whether it or that
 * survivor was erased. Asks the tombstones, so it holds before the customer's creation arrives.
 */
export async function currentCustomerOf(
  manager: EntityManager,
  customerId: string,
): Promise<{ customerId: string; erased: boolean }> {
  const { survivorId, erased } = await survivorAndErasureOf(manager, customerId);
  return { customerId: survivorId, erased };
}

/** A customer's facts, with whatever merge or erasure of it arrived before its creation. */
export async function recordCustomerCreated(
  manager: EntityManager,
  fact: Pick<CustomerFact, 'customerId' | 'kind' | 'createdAt' | 'ownerId'>,
): Promise<void> {
  await lockCustomerIdentitiesShared(manager);
  await manager.query(
    `INSERT INTO customer_facts (customer_id, kind, created_at, owner_id, merged_into_id, erased_at)
     VALUES ($1, $2, $3, $4,
             (SELECT survivor_id FROM customer_merges WHERE customer_id = $1),
             (SELECT erased_at FROM customer_erasures WHERE customer_id = $1))
     ON CONFLICT (customer_id) DO NOTHING`,
    [fact.customerId, fact.kind, fact.createdAt, fact.ownerId],
  );
}

export async function changeCustomerOwner(
  manager: EntityManager,
  customerId: string,
  ownerId: string | null,
): Promise<void> {
  await manager.update(CustomerFact, { customerId }, { ownerId });
}

/**
 * The merged customers, and those merged into them before, now redirect to the last survivor
 * (recordMerge), which it returns.
 */
export async function markCustomersMerged(
  manager: EntityManager,
  survivorId: string,
  mergedIds: string[],
): Promise<string> {
  const finalSurvivor = await recordMerge(manager, survivorId, mergedIds);
  await manager.query(
    'UPDATE customer_facts SET merged_into_id = $1 WHERE customer_id = ANY($2) OR merged_into_id = ANY($2)',
    [finalSurvivor, mergedIds],
  );
  return finalSurvivor;
}

export async function markCustomerErased(
  manager: EntityManager,
  customerId: string,
  erasedAt: Date,
): Promise<void> {
  await recordErasure(manager, customerId, erasedAt);
  await manager.query(
    `UPDATE customer_facts SET erased_at = erasure.erased_at FROM customer_erasures erasure
      WHERE erasure.customer_id = $1 AND customer_facts.customer_id = $1`,
    [customerId],
  );
}
