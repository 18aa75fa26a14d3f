import type { EntityManager } from 'typeorm';

/**
 * Serialises the writers of what hangs off one customer (its primary contact, its tag set) with a
 * FOR NO KEY UPDATE lock on the customer row, held until the transaction ends: two concurrent
 * requests take turns instead of colliding or publishing a stale set.
 */
export async function lockCustomer(manager: EntityManager, customerId: string): Promise<void> {
  await manager.query('SELECT id FROM customers WHERE id = $1 FOR NO KEY UPDATE', [customerId]);
}
