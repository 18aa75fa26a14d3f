import type { EntityManager } from 'typeorm';
import { runChange, type ChangeScope } from '@crm/subgraph-kit';
import { KnownCustomer } from '../data/known-customer.entity';
import { CUSTOMER_PERSONAL_DATA, CUSTOMER_REFERENCES } from '../data/customer-references';

const quoted = (manager: EntityManager, name: string) => manager.connection.driver.escape(name);

/** Remembers a customer so deals and documents can reference it (DESIGN §2: learn from events). */
export function learnCustomer(
  scope: ChangeScope,
  customer: { id: string; name: string; ownerId: string | null; createdAt: Date },
): Promise<void> {
  return runChange(scope, async (change) => {
    await change.manager
      .createQueryBuilder()
      .insert()
      .into(KnownCustomer)
      .values(customer)
      .orIgnore()
      .execute();
  });
}

/**
 * Folds merged customers into the survivor: every sales reference moves to it, then the merged
 * customers leave the projection (so no new deal can be opened on them). If sales never heard of
 * the survivor, it takes over the first merged customer's name and owner.
 */
export function mergeCustomers(
  scope: ChangeScope,
  { customerId, mergedCustomerIds }: { customerId: string; mergedCustomerIds: string[] },
): Promise<void> {
  const merged = mergedCustomerIds.filter((id) => id !== customerId);
  return runChange(scope, async ({ manager }) => {
    if (merged.length === 0) return;
    await manager.query(
      `INSERT INTO known_customers (id, name, owner_id, created_at)
       SELECT $1, name, owner_id, created_at FROM known_customers WHERE id = ANY($2::uuid[])
        ORDER BY array_position($2::uuid[], id) LIMIT 1
       ON CONFLICT (id) DO NOTHING`,
      [customerId, merged],
    );
    // The survivor's own level sets its discount (marketing publishes it after folding the points).
    await manager.query('DELETE FROM customer_loyalty_discounts WHERE customer_id = ANY($1)', [merged]);
    for (const { table, column } of CUSTOMER_REFERENCES) {
      await manager.query(
        `UPDATE ${quoted(manager, table)} SET ${quoted(manager, column)} = $1 WHERE ${quoted(manager, column)} = ANY($2)`,
        [customerId, merged],
      );
    }
    await manager.query('DELETE FROM known_customers WHERE id = ANY($1)', [merged]);
  });
}

/** Anonymises sales' copies of an erased customer's personal data; ids and amounts stay. */
export function eraseCustomer(scope: ChangeScope, customerId: string): Promise<void> {
  return runChange(scope, async ({ manager }) => {
    for (const { table, customerColumn, erase } of CUSTOMER_PERSONAL_DATA) {
      const columns = Object.keys(erase);
      const assignments = columns.map((column, i) => `${quoted(manager, column)} = $${i + 2}`).join(', ');
      await manager.query(
        `UPDATE ${quoted(manager, table)} SET ${assignments} WHERE ${quoted(manager, customerColumn)} = $1`,
        [customerId, ...columns.map((column) => erase[column])],
      );
    }
  });
}
