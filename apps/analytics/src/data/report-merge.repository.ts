import type { EntityManager } from 'typeorm';
import { revenueValueSql } from './revenue-conversion.repository';

/**
 * Re-points the merged customers' facts to the survivor: orders and their revenue days, purchase
 * months, tickets, survey answers and segment memberships. Their churn spells go: the survivor's own state is what counts.
 */
export async function moveReportFactsToSurvivor(
  manager: EntityManager,
  survivorId: string,
  mergedIds: string[],
): Promise<void> {
  const move = (table: string) =>
    manager.query(`UPDATE ${table} SET customer_id = $1 WHERE customer_id = ANY($2)`, [
      survivorId,
      mergedIds,
    ]);
  await move('report_order_lines');
  await move('report_tickets');
  await move('report_survey_responses');
  // Keyed by customer: rows the survivor already has are merged into one.
  for (const table of ['report_purchase_months', 'report_segment_members']) {
    const key = table === 'report_purchase_months' ? 'month' : 'segment_id';
    await manager.query(
      `INSERT INTO ${table} (customer_id, ${key}) SELECT $1, ${key} FROM ${table} WHERE customer_id = ANY($2)
       ON CONFLICT DO NOTHING`,
      [survivorId, mergedIds],
    );
    await manager.query(`DELETE FROM ${table} WHERE customer_id = ANY($1)`, [mergedIds]);
  }
  // Summed into the survivor's own day of the same product and currency, if it has one.
  await manager.query(
    `INSERT INTO report_revenue_days AS r (customer_id, product_id, placed_on, currency, amount, value)
     SELECT $1, product_id, placed_on, currency, sum(amount), ${revenueValueSql('sum(amount)', 'currency', 'placed_on')}
     FROM report_revenue_days WHERE customer_id = ANY($2)
     GROUP BY product_id, placed_on, currency
     ON CONFLICT ON CONSTRAINT report_revenue_days_key
     DO UPDATE SET amount = r.amount + EXCLUDED.amount,
                   value = ${revenueValueSql('r.amount + EXCLUDED.amount', 'r.currency', 'r.placed_on')}`,
    [survivorId, mergedIds],
  );
  await manager.query('DELETE FROM report_revenue_days WHERE customer_id = ANY($1)', [mergedIds]);
  await manager.query(
    `INSERT INTO report_customers (customer_id, first_purchase_month)
     SELECT $1, min(first_purchase_month) FROM report_customers WHERE customer_id = ANY($2)
     ON CONFLICT (customer_id) DO UPDATE SET first_purchase_month =
       least(report_customers.first_purchase_month, EXCLUDED.first_purchase_month)`,
    [survivorId, mergedIds],
  );
  // Their cohort went with their purchases: an order that reached them before the merge leaves
  // nothing behind, as one that came after it (and went to the survivor) would.
  await manager.query('UPDATE report_customers SET first_purchase_month = NULL WHERE customer_id = ANY($1)', [
    mergedIds,
  ]);
  await manager.query('DELETE FROM report_churn_spells WHERE customer_id = ANY($1)', [mergedIds]);
}
