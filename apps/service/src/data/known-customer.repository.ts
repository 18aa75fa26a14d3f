import type { EntityManager } from 'typeorm';
import { KnownCustomer } from './known-customer.entity';

/** A customer the service learnt of; a merge or an erasure that came first is kept. */
export async function rememberCustomer(manager: EntityManager, customerId: string): Promise<void> {
  await manager.query('INSERT INTO known_customers (id) VALUES ($1) ON CONFLICT (id) DO NOTHING', [
    customerId,
  ]);
}

/** Where a customer's records belong now: itself, or the last survivor of its merges. */
export async function survivorOf(manager: EntityManager, customerId: string): Promise<string> {
  const [row]: { id: string }[] = await manager.query(
    `WITH RECURSIVE chain (id, depth) AS (
       SELECT $1::uuid, 0
       UNION ALL
       SELECT known.merged_into_id, chain.depth + 1 FROM chain JOIN known_customers known ON known.id = chain.id
        WHERE known.merged_into_id IS NOT NULL AND chain.depth < 100
     )
     SELECT id FROM chain ORDER BY depth DESC LIMIT 1`,
    [customerId],
  );
  return row.id;
}

/**
 * The merged customers, and those merged into them before, now lead to `survivorId`; the
 * survivor exists even if its creation has not reached the service yet.
 */
export async function recordMerge(
  manager: EntityManager,
  survivorId: string,
  mergedIds: string[],
): Promise<void> {
  await rememberCustomer(manager, survivorId);
  await manager.query(
    `INSERT INTO known_customers (id, merged_into_id) SELECT unnest($2::uuid[]), $1
     ON CONFLICT (id) DO UPDATE SET merged_into_id = EXCLUDED.merged_into_id`,
    [survivorId, mergedIds],
  );
  await manager.query(
    'UPDATE known_customers SET merged_into_id = $1 WHERE merged_into_id = ANY($2::uuid[])',
    [survivorId, mergedIds],
  );
}

export async function recordErasure(
  manager: EntityManager,
  customerId: string,
  erasedAt: Date,
): Promise<void> {
  await manager.query(
    `INSERT INTO known_customers (id, erased_at) VALUES ($1, $2)
     ON CONFLICT (id) DO UPDATE SET erased_at = COALESCE(known_customers.erased_at, EXCLUDED.erased_at)`,
    [customerId, erasedAt],
  );
}

export function findKnownCustomer(manager: EntityManager, customerId: string): Promise<KnownCustomer | null> {
  return manager.findOneBy(KnownCustomer, { id: customerId });
}
