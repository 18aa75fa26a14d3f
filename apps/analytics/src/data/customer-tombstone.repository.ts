import type { EntityManager } from 'typeorm';

/**
 * Merges and erasures as tombstones (customer_merges, customer_erasures): events about a customer
 * may reach analytics before or after its merge or erasure, on other partitions; each handler asks
 * here, so the read models end the same in any order.
 */

type LockMode = 'shared' | 'exclusive';

/** The open transaction a manager runs in (its query runner): what per-transaction memories key on. */
const transactionOf = (manager: EntityManager) =>
  manager.queryRunner?.isTransactionActive ? manager.queryRunner : undefined;

/** The modes each open transaction (its query runner) holds: a batch resolves hundreds of customers. */
const heldLocks = new WeakMap<object, Set<LockMode>>();

/**
 * Partitions apply side by side: a merge or erasure committing while another transaction files an
 * event under the customer it resolved before would leave that event behind (unmoved, not
 * anonymised). So merges and erasures take this lock alone, and every transaction that resolves a
 * customer shares it. Per schema, so a rebuild beside the live schema does not wait on it.
 */
async function identityLock(manager: EntityManager, mode: LockMode): Promise<void> {
  const transaction = transactionOf(manager);
  if (transaction && heldLocks.get(transaction)?.has(mode)) return;
  await manager.query(
    `SELECT ${mode === 'shared' ? 'pg_advisory_xact_lock_shared' : 'pg_advisory_xact_lock'}(hashtext(current_schema() || ':customer-identities'))`,
  );
  if (transaction) heldLocks.set(transaction, new Set([...(heldLocks.get(transaction) ?? []), mode]));
}

/** Call before reading merges or erasures in a transaction that files something under a customer. */
export const lockCustomerIdentitiesShared = (manager: EntityManager) => identityLock(manager, 'shared');

/**
 * Survivors looked up in each open transaction: a batch's handlers ask for the same customers
 * several times. A merge recorded in the transaction forgets them.
 */
const knownSurvivors = new WeakMap<object, Map<string, string>>();

function rememberSurvivor(manager: EntityManager, customerId: string, survivorId: string): void {
  const transaction = transactionOf(manager);
  if (!transaction) return;
  const survivors = knownSurvivors.get(transaction) ?? new Map<string, string>();
  knownSurvivors.set(transaction, survivors.set(customerId, survivorId));
}

/** The customer a merged one now counts for (the last survivor of a chain); itself otherwise. */
export async function survivorOf(manager: EntityManager, customerId: string): Promise<string> {
  await lockCustomerIdentitiesShared(manager);
  const transaction = transactionOf(manager);
  const known = transaction && knownSurvivors.get(transaction)?.get(customerId);
  if (known) return known;
  const rows: { survivor_id: string }[] = await manager.query(
    'SELECT survivor_id FROM customer_merges WHERE customer_id = $1',
    [customerId],
  );
  const survivorId = rows[0]?.survivor_id ?? customerId;
  rememberSurvivor(manager, customerId, survivorId);
  return survivorId;
}

/** survivorOf, and whether the customer or that survivor was erased, in one statement. */
export async function survivorAndErasureOf(
  manager: EntityManager,
  customerId: string,
): Promise<{ survivorId: string; erased: boolean }> {
  await lockCustomerIdentitiesShared(manager);
  const transaction = transactionOf(manager);
  if (transaction && knownSurvivors.get(transaction)?.has(customerId)) {
    const survivorId = await survivorOf(manager, customerId);
    return { survivorId, erased: await isAnyErased(manager, [customerId, survivorId]) };
  }
  const [row]: { survivor_id: string; erased: boolean }[] = await manager.query(
    `SELECT coalesce(m.survivor_id, x.id) AS survivor_id,
            EXISTS (SELECT 1 FROM customer_erasures e WHERE e.customer_id IN (x.id, m.survivor_id)) AS erased
     FROM (SELECT $1::uuid AS id) x LEFT JOIN customer_merges m ON m.customer_id = x.id`,
    [customerId],
  );
  rememberSurvivor(manager, customerId, row.survivor_id);
  return { survivorId: row.survivor_id, erased: row.erased };
}

/** Whether any of these customers was erased. */
export async function isAnyErased(manager: EntityManager, customerIds: string[]): Promise<boolean> {
  await lockCustomerIdentitiesShared(manager);
  const rows: unknown[] = await manager.query(
    'SELECT 1 FROM customer_erasures WHERE customer_id = ANY($1::uuid[]) LIMIT 1',
    [customerIds],
  );
  return rows.length > 0;
}

/**
 * Records that the merged customers (and those merged into them before) count for the survivor,
 * or for whom the survivor was merged into already: chains collapse to their last survivor
 * whichever merge arrives first. Returns that last survivor.
 */
export async function recordMerge(
  manager: EntityManager,
  survivorId: string,
  mergedIds: string[],
): Promise<string> {
  await identityLock(manager, 'exclusive');
  const finalSurvivor = await survivorOf(manager, survivorId);
  await manager.query(
    `INSERT INTO customer_merges (customer_id, survivor_id)
     SELECT merged, $1 FROM unnest($2::uuid[]) AS merged
     ON CONFLICT (customer_id) DO UPDATE SET survivor_id = EXCLUDED.survivor_id`,
    [finalSurvivor, mergedIds],
  );
  await manager.query('UPDATE customer_merges SET survivor_id = $1 WHERE survivor_id = ANY($2)', [
    finalSurvivor,
    mergedIds,
  ]);
  if (manager.queryRunner) knownSurvivors.delete(manager.queryRunner);
  return finalSurvivor;
}

/** Records the erasure; the earliest time wins when it comes twice. */
export async function recordErasure(
  manager: EntityManager,
  customerId: string,
  erasedAt: Date,
): Promise<void> {
  await identityLock(manager, 'exclusive');
  await manager.query(
    `INSERT INTO customer_erasures (customer_id, erased_at) VALUES ($1, $2)
     ON CONFLICT (customer_id) DO UPDATE SET erased_at = LEAST(customer_erasures.erased_at, EXCLUDED.erased_at)`,
    [customerId, erasedAt],
  );
}
