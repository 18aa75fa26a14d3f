import { In, type EntityManager } from 'typeorm';
import { Customer } from './customer.entity';

export interface CustomerChildTable {
  table: string;
  /**
   * Columns unique per customer (a tag is attached once, one consent per channel): the survivor's
   * row wins, one merged row per key moves, the others are dropped.
   */
  uniquePer?: readonly string[];
  /** Extra assignments for moved rows, e.g. a moved contact is not the survivor's primary one. */
  alsoSet?: string;
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
  { table: 'customer_consents', uniquePer: ['channel'] },
  { table: 'consent_changes' },
  { table: 'interactions' },
  { table: 'lifecycle_history' },
  { table: 'tier_history' },
  { table: 'customer_revenue' },
];

/** Locks the survivor and the merged customers for the rest of the transaction. */
export function lockMergeParties(manager: EntityManager, ids: string[]): Promise<Customer[]> {
  return manager.find(Customer, { where: { id: In(ids) }, lock: { mode: 'pessimistic_write' } });
}

export async function moveCustomerChildren(
  manager: EntityManager,
  survivorId: string,
  mergedIds: string[],
): Promise<Record<string, number>> {
  const moved: Record<string, number> = {};
  for (const { table, uniquePer, alsoSet } of CUSTOMER_CHILD_TABLES) {
    const set = `customer_id = $1${alsoSet ? `, ${alsoSet}` : ''}`;
    const keys = uniquePer?.join(', ');
    const [, count] = (await manager.query(
      keys
        ? `UPDATE ${table} SET ${set} WHERE ctid IN (
             SELECT DISTINCT ON (${keys}) ctid FROM ${table}
             WHERE customer_id = ANY($2) AND (${keys}) NOT IN (SELECT ${keys} FROM ${table} WHERE customer_id = $1)
             ORDER BY ${keys})`
        : `UPDATE ${table} SET ${set} WHERE customer_id = ANY($2)`,
      [survivorId, mergedIds],
    )) as [unknown, number];
    if (keys) await manager.query(`DELETE FROM ${table} WHERE customer_id = ANY($1)`, [mergedIds]);
    moved[table] = count;
  }
  return moved;
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
