import type { EntityManager } from 'typeorm';
import { revenueValueSql } from './revenue-conversion.repository';

export interface ReportOrderLine {
  productId: string | null;
  amount: string;
}

/**
 * An order's lines (or its total as one line without a product) and their sums per product and day,
 * the month the customer bought in and its first such month (the cohort), whether or not the
 * customer's creation has arrived yet.
 */
export async function recordOrderLines(
  manager: EntityManager,
  order: { orderId: string; customerId: string; currency: string; placedOn: string },
  lines: ReportOrderLine[],
): Promise<void> {
  // Only lines recorded now add to the day's revenue: a redelivered order adds nothing twice. The
  // day's value in the reporting currency follows its amount (reconvertRevenue when rates change).
  await manager.query(
    `WITH recorded AS (
       INSERT INTO report_order_lines (order_id, line_no, customer_id, product_id, amount, currency, placed_on)
       SELECT $1, line.ordinality, $2, line.product_id, line.amount, $3, $4
       FROM unnest($5::uuid[], $6::numeric[]) WITH ORDINALITY AS line(product_id, amount, ordinality)
       ON CONFLICT (order_id, line_no) DO NOTHING
       RETURNING customer_id, product_id, placed_on, currency, amount
     )
     INSERT INTO report_revenue_days AS r (customer_id, product_id, placed_on, currency, amount, value)
     SELECT customer_id, product_id, placed_on, currency, sum(amount), ${revenueValueSql('sum(amount)', 'currency', 'placed_on')}
     FROM recorded GROUP BY customer_id, product_id, placed_on, currency
     ON CONFLICT ON CONSTRAINT report_revenue_days_key
     DO UPDATE SET amount = r.amount + EXCLUDED.amount,
                   value = ${revenueValueSql('r.amount + EXCLUDED.amount', 'r.currency', 'r.placed_on')}`,
    [
      order.orderId,
      order.customerId,
      order.currency,
      order.placedOn,
      lines.map((line) => line.productId),
      lines.map((line) => line.amount),
    ],
  );
  await manager.query(
    `INSERT INTO report_purchase_months (customer_id, month) VALUES ($1, date_trunc('month', $2::date::timestamp)::date)
     ON CONFLICT DO NOTHING`,
    [order.customerId, order.placedOn],
  );
  await manager.query(
    `INSERT INTO report_customers (customer_id, first_purchase_month) VALUES ($1, date_trunc('month', $2::date::timestamp)::date)
     ON CONFLICT (customer_id) DO UPDATE SET first_purchase_month =
       least(report_customers.first_purchase_month, EXCLUDED.first_purchase_month)`,
    [order.customerId, order.placedOn],
  );
}
