import type { EntityManager } from 'typeorm';
import { Customer } from './customer.entity';

/**
 * The customer row, locked FOR NO KEY UPDATE until the transaction ends: writers of the customer
 * and of what hangs off it (stage and tier, its primary contact, its tag set) take turns instead
 * of colliding or publishing a stale state. NO KEY: the id never changes, so inserts of rows that
 * reference the customer need not wait.
 */
export function lockCustomer(manager: EntityManager, id: string): Promise<Customer | null> {
  return manager.findOne(Customer, { where: { id }, lock: { mode: 'for_no_key_update' } });
}
