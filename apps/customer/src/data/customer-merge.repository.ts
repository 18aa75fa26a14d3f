import { In, type EntityManager } from 'typeorm';
import { Customer } from './customer.entity';

export interface CustomerChildTable {
  table: string;
  /**
   * Columns unique per customer (a tag is attached once, one consent per channel): one row per key
   * stays, the survivor's unless `latestBy` says a merged one is newer; the others are dropped.
   */
  uniquePer?: readonly string[];
  /** For `uniquePer` tables: the newest row per key wins, e.g. the latest consent decision. */
  latestBy?: string;
  /** Extra assignments for moved rows, e.g. a moved contact is not the survivor's primary one. */
  alsoSet?: string;
  /** The merged customers' rows are deleted, not moved: they describe only the customer that is gone. */
  dropMerged?: boolean;
}

/**
 * Every table of this service holding a customer's rows, re-pointed from the merged customers to the
 * survivor in the merge's transaction. merge.int-spec.ts fails when a table of the customer schema
 * with a customer_id column is missing here.
 */
export const CUSTOMER_CHILD_TABLES: readonly CustomerChildTable[] = [
  { table: 'contacts', alsoSet: 'is_primary = false' },
  { table: 'customer_tags', uniquePer: ['tag_id'] },
  { table: 'customer_notes' },
  // A withdrawal on a duplicate must not be lost to an older grant on the survivor (GDPR Art. 7(3)).
  { table: 'customer_consents', uniquePer: ['channel'], latestBy: 'changed_at' },
  { table: 'consent_changes' },
  { table: 'interactions' },
  { table: 'lifecycle_history' },
  { table: 'tier_history' },
  { table: 'customer_revenue' },
  // The order of analytics' signals about the merged customer; analytics goes on scoring the survivor.
  { table: 'churn_risk_signals', dropMerged: true },
];

/** Locks the survivor and the merged customers for the rest of the transaction. */
export function lockMergeParties(manager: EntityManager, ids: string[]): Promise<Customer[]> {
  return manager.find(Customer, { where: { id: In(ids) }, lock: { mode: 'pessimistic_write' } });
}

/** Re-points every child table; returns how many rows each moved, for the audit entry. */
export async function moveCustomerChildren(
  manager: EntityManager,
  survivorId: string,
  mergedIds: string[],
): Promise<Record<string, number>> {
  const moved: Record<string, number> = {};
  for (const child of CUSTOMER_CHILD_TABLES) {
    if (child.dropMerged) {
      await manager.query(`DELETE FROM ${child.table} WHERE customer_id = ANY($1)`, [mergedIds]);
      moved[child.table] = 0;
      continue;
    }
    moved[child.table] = child.uniquePer
      ? await moveUniqueRows(manager, child, survivorId, mergedIds)
      : await update(manager, `UPDATE ${child.table} SET ${setOf(child)} WHERE customer_id = ANY($2)`, [
          survivorId,
          mergedIds,
        ]);
  }
  return moved;
}

const setOf = (child: CustomerChildTable) => `customer_id = $1${child.alsoSet ? `, ${child.alsoSet}` : ''}`;

async function update(manager: EntityManager, sql: string, parameters: unknown[]): Promise<number> {
  const [, count] = (await manager.query(sql, parameters)) as [unknown, number];
  return count;
}

async function moveUniqueRows(
  manager: EntityManager,
  child: CustomerChildTable,
  survivorId: string,
  mergedIds: string[],
): Promise<number> {
  const { table, latestBy } = child;
  const keys = child.uniquePer!.join(', ');
  const match = child.uniquePer!.map((key) => `merged.${key} = own.${key}`).join(' AND ');
  if (latestBy) {
    await manager.query(
      `DELETE FROM ${table} own WHERE own.customer_id = $1 AND EXISTS (
         SELECT 1 FROM ${table} merged
         WHERE merged.customer_id = ANY($2) AND ${match} AND merged.${latestBy} > own.${latestBy})`,
      [survivorId, mergedIds],
    );
  }
  const count = await update(
    manager,
    `UPDATE ${table} SET ${setOf(child)} WHERE ctid IN (
       SELECT DISTINCT ON (${keys}) ctid FROM ${table} merged
       WHERE customer_id = ANY($2)
         AND NOT EXISTS (SELECT 1 FROM ${table} own WHERE own.customer_id = $1 AND ${match})
       ORDER BY ${keys}${latestBy ? `, ${latestBy} DESC` : ''})`,
    [survivorId, mergedIds],
  );
  await manager.query(`DELETE FROM ${table} WHERE customer_id = ANY($1)`, [mergedIds]);
  return count;
}

/**
 * Marks the merged customers as folded into the survivor; customers merged into them earlier now
 * point at the survivor too, so a redirect is always one step.
 */
export async function markMerged(
  manager: EntityManager,
  survivorId: string,
  mergedIds: string[],
  now: Date,
): Promise<void> {
  await manager.query(
    `UPDATE customers SET merged_into_id = $1, updated_at = $3, version = version + 1
     WHERE id = ANY($2) OR merged_into_id = ANY($2)`,
    [survivorId, mergedIds, now],
  );
}
