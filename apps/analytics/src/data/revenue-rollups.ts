import type { CustomerRollup } from './customer-rollups';

/*
 * The contribution report's roll-ups of report_revenue_days, whose `value` is the day's amount in
 * the reporting currency at the day's rate (null while the currency has no rate): company-wide
 * sums per month by owner and region, and by product; each customer's revenue per calendar
 * period; and per period the customers by band of revenue, which place the ABC thresholds
 * without ranking every customer (apps/analytics/README "Customer report roll-ups").
 */

const countedRevenue = (customers: string) => `
  report_customers c JOIN report_revenue_days r USING (customer_id)
  WHERE ${customers} AND c.merged_into_id IS NULL AND c.created_at IS NOT NULL`;

const monthOfDay = `date_trunc('month', r.placed_on::timestamp)::date`;

/** Converted revenue and unconverted amounts per owner, region, currency and month. */
export const REVENUE_OWNER_MONTHS: CustomerRollup = {
  table: 'report_revenue_owner_months',
  keys: { owner_id: 'uuid', region: 'text', currency: 'text', month: 'date' },
  measures: { days: 'int', value: 'numeric', unconverted_days: 'int', unconverted: 'numeric' },
  contributionSql: (customers) => `
    SELECT c.owner_id, c.region, r.currency::text AS currency, ${monthOfDay} AS month,
           count(r.value)::int AS days, coalesce(sum(r.value), 0) AS value,
           (count(*) - count(r.value))::int AS unconverted_days,
           coalesce(sum(r.amount) FILTER (WHERE r.value IS NULL), 0) AS unconverted
    FROM ${countedRevenue(customers)}
    GROUP BY 1, 2, 3, 4`,
};

/** Converted revenue per day: the company's series of a period bucketed by day or week. */
export const REVENUE_DAY_TOTALS: CustomerRollup = {
  table: 'report_revenue_day_totals',
  keys: { day: 'date' },
  measures: { days: 'int', value: 'numeric' },
  contributionSql: (customers) => `
    SELECT r.placed_on AS day, count(*)::int AS days, sum(r.value) AS value
    FROM ${countedRevenue(customers)} AND r.value IS NOT NULL
    GROUP BY 1`,
};

/** Converted revenue per product and month. */
export const REVENUE_PRODUCT_MONTHS: CustomerRollup = {
  table: 'report_revenue_product_months',
  keys: { product_id: 'uuid', month: 'date' },
  measures: { days: 'int', value: 'numeric' },
  contributionSql: (customers) => `
    SELECT r.product_id, ${monthOfDay} AS month, count(*)::int AS days, sum(r.value) AS value
    FROM ${countedRevenue(customers)} AND r.value IS NOT NULL
    GROUP BY 1, 2`,
};

/** The calendar periods a ranking is kept for, as date_trunc units. */
export const RANKED_PERIODS = ['year', 'quarter', 'month'] as const;

const customerPeriodsSql = (customers: string) => `
  SELECT p.period, date_trunc(p.period, r.placed_on::timestamp)::date AS period_start, r.customer_id,
         count(*)::int AS days, sum(r.value) AS value
  FROM unnest(ARRAY['${RANKED_PERIODS.join("', '")}']) AS p(period), ${countedRevenue(customers)} AND r.value IS NOT NULL
  GROUP BY 1, 2, 3`;

/** Each customer's converted revenue per calendar year, quarter and month. */
export const CUSTOMER_REVENUE_PERIODS: CustomerRollup = {
  table: 'report_customer_revenue_periods',
  keys: { period: 'text', period_start: 'date', customer_id: 'uuid' },
  measures: { days: 'int', value: 'numeric' },
  contributionSql: customerPeriodsSql,
};

/**
 * A revenue's band: the value cut to three significant digits (0 and below keep their floor), so
 * bands order as the values do and each holds few customers. Also the generated column of
 * report_customer_revenue_periods.
 */
export const revenueBandSql = (value: string) =>
  `trim_scale(CASE WHEN ${value} > 0 THEN trunc(${value}, 2 - floor(log(${value}))::int) ELSE floor(${value}) END)`;

/** Per calendar period and band: how many customers and their revenue. */
export const REVENUE_PERIOD_BANDS: CustomerRollup = {
  table: 'report_revenue_period_bands',
  keys: { period: 'text', period_start: 'date', band: 'numeric' },
  measures: { customers: 'int', value: 'numeric' },
  contributionSql: (customers) => `
    SELECT period, period_start, ${revenueBandSql('value')} AS band, count(*)::int AS customers, sum(value) AS value
    FROM (${customerPeriodsSql(customers)}) AS customer_periods
    GROUP BY 1, 2, 3`,
};

export const REVENUE_ROLLUPS: CustomerRollup[] = [
  REVENUE_OWNER_MONTHS,
  REVENUE_DAY_TOTALS,
  REVENUE_PRODUCT_MONTHS,
  CUSTOMER_REVENUE_PERIODS,
  REVENUE_PERIOD_BANDS,
];
