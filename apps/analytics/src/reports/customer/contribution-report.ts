import Decimal from 'decimal.js';
import type { DataSource } from 'typeorm';
import { ABC_THRESHOLDS, classifyAbc, type AbcClass } from '../../domain/abc-classes';
import { percentOf } from '../../domain/report-percent';
import type { ReportQuery } from '../report-definition';
import { bucketsOf, bucketSql, countedCustomersSql, reportRows, SqlParameters } from './report-sql';

/** How many customers the report lists by name; the ABC summary counts them all. */
export const TOP_CUSTOMERS = 100;

export interface ContributionShare {
  key: string | null;
  revenue: string;
  share: string;
  abcClass: AbcClass;
}

export interface ContributionReport {
  currency: string;
  total: string;
  unconverted: { amount: string; currency: string }[];
  series: { bucket: string; amount: string }[];
  byCustomer: ContributionShare[];
  byOwner: ContributionShare[];
  byProduct: ContributionShare[];
  byRegion: ContributionShare[];
  abc: { abcClass: AbcClass; customers: number; revenue: string; share: string }[];
}

interface Row {
  kind: 'owner' | 'product' | 'region' | 'bucket' | 'unconverted' | 'customer' | 'class';
  key: string | null;
  amount: string;
  customers: number;
  abc_class: AbcClass | null;
}

const money = (amount: Decimal.Value) => new Decimal(amount).toFixed(4);

/**
 * The period's revenue days (summed per customer, product, day and currency as orders arrive),
 * each converted at its day's rate, looked up once per day and currency, and rounded as
 * convert_amount rounds; then cut every way the report shows. (Currencies without any rate are
 * missing from `rates` and stay unconverted. Written so the planner sees `rates` as small.)
 */
function contributionSql(query: ReportQuery, parameters: SqlParameters): string {
  const counted = countedCustomersSql(query, parameters);
  const from = parameters.add(query.period.from);
  const to = parameters.add(query.period.to);
  const bucket = bucketSql('placed_on', parameters, query.period);
  const [a, b] = [parameters.add(ABC_THRESHOLDS.A.toString()), parameters.add(ABC_THRESHOLDS.B.toString())];
  return `
    WITH rates AS MATERIALIZED (
      SELECT day::date AS placed_on, currency,
             exchange_rate(currency, (SELECT reporting_currency FROM reporting_settings), day::date) AS rate
      FROM generate_series(${from}::date, ${to}::date, interval '1 day') AS day,
           (SELECT DISTINCT currency FROM (SELECT currency FROM exchange_rates UNION ALL SELECT quote_currency
            FROM exchange_rates UNION ALL SELECT reporting_currency FROM reporting_settings) AS known) AS currencies
    ), lines AS MATERIALIZED (
      SELECT r.customer_id, c.owner_id, c.region, r.product_id, r.placed_on, r.currency,
             round(r.amount * x.rate, 4) AS value, r.amount
      FROM report_revenue_days r JOIN report_customers c ON c.customer_id = r.customer_id
      LEFT JOIN rates x ON x.placed_on = r.placed_on AND x.currency = r.currency
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

function sharesOf(rows: Row[], total: Decimal): ContributionShare[] {
  return classifyAbc(rows.map((row) => ({ key: row.key, amount: row.amount }))).map((item) => ({
    key: item.key,
    revenue: money(item.amount),
    share: percentOf(item.amount, total) ?? '0.00',
    abcClass: item.abcClass,
  }));
}

/** Revenue per customer, owner, product and region with the Pareto / ABC classes (issue 14 item 2). */
export async function customerContribution(
  dataSource: DataSource,
  query: ReportQuery,
): Promise<ContributionReport> {
  const parameters = new SqlParameters();
  const sql = contributionSql(query, parameters);
  const [rows, buckets, [settings]]: [Row[], string[], { reporting_currency: string }[]] = await Promise.all([
    reportRows<Row>(dataSource, sql, parameters.values),
    bucketsOf(dataSource, query.period),
    dataSource.query('SELECT reporting_currency FROM reporting_settings'),
  ]);
  const of = (kind: Row['kind']) => rows.filter((row) => row.kind === kind);
  const classes = of('class');
  const total = classes.reduce((sum, row) => sum.plus(row.amount), new Decimal(0));
  const byBucket = new Map(of('bucket').map((row) => [row.key, row.amount]));
  const customerRows = of('customer');
  return {
    currency: settings.reporting_currency,
    total: money(total),
    unconverted: of('unconverted').map((row) => ({ amount: money(row.amount), currency: row.key as string })),
    series: buckets.map((bucket) => ({ bucket, amount: money(byBucket.get(bucket) ?? 0) })),
    byCustomer: customerRows.map((row) => ({
      key: row.key,
      revenue: money(row.amount),
      share: percentOf(row.amount, total) ?? '0.00',
      abcClass: row.abc_class as AbcClass,
    })),
    byOwner: sharesOf(of('owner'), total),
    byProduct: sharesOf(of('product'), total),
    byRegion: sharesOf(of('region'), total),
    abc: (['A', 'B', 'C'] as const).map((abcClass) => {
      const row = classes.find((candidate) => candidate.abc_class === abcClass);
      return {
        abcClass,
        customers: row?.customers ?? 0,
        revenue: money(row?.amount ?? 0),
        share: percentOf(row?.amount ?? 0, total) ?? '0.00',
      };
    }),
  };
}
