import type { EntityManager } from 'typeorm';
import type { EventHandler } from '@crm/messaging';
import { CUSTOMER_REFERENCES } from './customer-references';

const quoted = (manager: EntityManager, name: string) => manager.connection.driver.escape(name);

/**
 * Folds merged customers into the survivor: every sales reference moves to it, then the merged
 * customers leave the projection (so no new deal can be opened on them). If sales never heard of
 * the survivor, it takes over the first merged customer's name and owner.
 */
export const onCustomerMerged: EventHandler<'crm.customer.customer.merged'> = async (event, manager) => {
  const { customerId, mergedCustomerIds } = event.data;
  const merged = mergedCustomerIds.filter((id) => id !== customerId);
  if (merged.length === 0) return;
  await manager.query(
    `INSERT INTO known_customers (id, name, owner_id, created_at)
     SELECT $1, name, owner_id, created_at FROM known_customers WHERE id = ANY($2::uuid[])
      ORDER BY array_position($2::uuid[], id) LIMIT 1
     ON CONFLICT (id) DO NOTHING`,
    [customerId, merged],
  );
  for (const { table, column } of CUSTOMER_REFERENCES) {
    await manager.query(
      `UPDATE ${quoted(manager, table)} SET ${quoted(manager, column)} = $1 WHERE ${quoted(manager, column)} = ANY($2)`,
      [customerId, merged],
    );
  }
  await manager.query('DELETE FROM known_customers WHERE id = ANY($1)', [merged]);
};
