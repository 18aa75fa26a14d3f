import { ABC_THRESHOLDS, type AbcClass } from '../../domain/abc-classes';
import type { ReportQuery } from '../report-definition';
import { bucketSql, countedCustomersSql, SqlParameters } from './report-sql';

/** How many customers the report lists by name; the ABC summary counts them all. */
export const TOP_CUSTOMERS = 100;

/** The contribution report's figures as its queries return them. */
export interface ContributionRow {
  kind: 'owner' | 'product' | 'region' | 'bucket' | 'unconverted' | 'customer' | 'class';
  key: string | null;
  amount: string;
  customers: number;
  abc_class: AbcClass | null;
}

/**
 * The period's revenue days of the counted customers (summed per customer, product, day and
 * currency as orders arrive, their value converted at the day's rate as they arrive), cut every way
 * the report shows; days without a rate stay unconverted. Read from every counted customer's days:
 * what the report runs when the roll-ups cannot answer (contribution-rollup-rows.ts).
 */
export function contributionPerCustomerSql(query: ReportQuery, parameters: SqlParameters): string {
  const counted = countedCustomersSql(query, parameters);
  const from = parameters.add(query.period.from);
  const to = parameters.add(query.period.to);
  const bucket = bucketSql('placed_on', parameters, query.period);
  const [a, b] = [parameters.add(ABC_THRESHOLDS.A.toString()), parameters.add(ABC_THRESHOLDS.B.toString())];
  return `
    WITH lines AS MATERIALIZED (
      SELECT r.customer_id, c.owner_id, c.region, r.product_id, r.placed_on, r.currency, r.value, r.amount
      FROM report_revenue_days r JOIN report_customers c ON c.customer_id = r.customer_id
      WHERE r.placed_on BETWEEN ${from}::date AND ${to}::date AND ${counted}
    ), per_customer AS (
      SELECT customer_id, sum(value) AS revenue FROM lines WHERE value IS NOT NULL GROUP BY customer_id
    ), ranked AS (
      SELECT customer_id, revenue, sum(revenue) OVER () AS total,
             coalesce(sum(revenue) OVER (ORDER BY revenue DESC, customer_id ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS before,
             row_number() OVER (ORDER BY revenue DESC, customer_id) AS position
      FROM per_customer
    ), classed AS (
      SELECT *, CASE WHEN total = 0 THEN 'C' WHEN before / total < ${a}::numeric THEN 'A'
                     WHEN before / total < ${b}::numeric THEN 'B' ELSE 'C' END AS abc_class
      FROM ranked
    )
    SELECT CASE WHEN GROUPING(owner_id) = 0 THEN 'owner' WHEN GROUPING(product_id) = 0 THEN 'product'
                WHEN GROUPING(region) = 0 THEN 'region' ELSE 'bucket' END AS kind,
           coalesce(owner_id::text, product_id::text, region, ${bucket}) AS key,
           sum(value)::text AS amount, 0 AS customers, NULL AS abc_class
    FROM lines WHERE value IS NOT NULL
    GROUP BY GROUPING SETS ((owner_id), (product_id), (region), (${bucket}))
    UNION ALL
    SELECT 'unconverted', currency, sum(amount)::text, 0, NULL FROM lines WHERE value IS NULL GROUP BY currency
    UNION ALL
    SELECT 'customer', customer_id::text, revenue::text, 1, abc_class FROM classed WHERE position <= ${TOP_CUSTOMERS}
    UNION ALL
    SELECT 'class', NULL, sum(revenue)::text, count(*)::int, abc_class FROM classed GROUP BY abc_class`;
}
