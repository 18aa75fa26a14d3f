import Decimal from 'decimal.js';
import type { EntityManager } from 'typeorm';
import { abcTotalsOfBands, classAt, placeBands, type RevenueBand } from '../../domain/abc-bands';
import { visibleOwnerIds } from '@crm/permissions';
import type { ReportQuery } from '../report-definition';
import { TOP_CUSTOMERS, type ContributionRow } from './contribution-per-customer-sql';
import { truncUnitOf } from '../../domain/report-period';

/** A calendar year, quarter or month: the periods whose ranking report_customer_revenue_periods keeps. */
export interface RankedPeriod {
  period: 'year' | 'quarter' | 'month';
  start: string;
}

const addDays = (day: string, days: number) =>
  new Date(Date.parse(`${day}T00:00:00.000Z`) + days * 86_400_000).toISOString().slice(0, 10);

function calendarPeriodOf(from: string, to: string): RankedPeriod | null {
  const next = addDays(to, 1);
  if (!from.endsWith('-01') || !next.endsWith('-01')) return null;
  const months =
    (Number(next.slice(0, 4)) - Number(from.slice(0, 4))) * 12 +
    Number(next.slice(5, 7)) -
    Number(from.slice(5, 7));
  const startMonth = Number(from.slice(5, 7));
  if (months === 12 && startMonth === 1) return { period: 'year', start: from };
  if (months === 3 && startMonth % 3 === 1) return { period: 'quarter', start: from };
  if (months === 1) return { period: 'month', start: from };
  return null;
}

/**
 * The roll-ups answer a company-wide question (no filter, a caller who sees every owner) about one
 * calendar year, quarter or month, in any buckets; any other goes customer by customer.
 */
export function rankedPeriodOf(query: ReportQuery): RankedPeriod | null {
  const { filter, period } = query;
  const filtered = filter.ownerId || filter.teamId || filter.region || filter.segmentId;
  if (filtered || visibleOwnerIds(query.caller, query.scope)) return null;
  return calendarPeriodOf(period.from, period.to);
}

/** The series by month or coarser from the months' sums, by week or day from the days'. */
function bucketsSql(granularity: ReportQuery['period']['granularity']): string {
  const [table, date] = ['DAY', 'WEEK'].includes(granularity)
    ? ['report_revenue_day_totals', 'day']
    : ['report_revenue_owner_months', 'month'];
  return `
    SELECT 'bucket' AS kind, date_trunc($3, ${date}::timestamp)::date::text AS key, sum(value)::text AS amount,
           0 AS customers, NULL AS abc_class
    FROM ${table} WHERE ${date} BETWEEN $1::date AND $2::date GROUP BY 2 HAVING sum(days) > 0`;
}

/** Sums per owner, region, bucket, product and unconverted currency from the roll-ups. */
function sumsSql(granularity: ReportQuery['period']['granularity']): string {
  return `
    WITH owners AS (
      SELECT owner_id, region, currency, month, days, value, unconverted_days, unconverted
      FROM report_revenue_owner_months WHERE month BETWEEN $1::date AND $2::date
    )
    SELECT CASE WHEN GROUPING(owner_id) = 0 THEN 'owner' ELSE 'region' END AS kind,
           coalesce(owner_id::text, region) AS key, sum(value)::text AS amount, 0 AS customers, NULL AS abc_class
    FROM owners GROUP BY GROUPING SETS ((owner_id), (region))
    HAVING sum(days) > 0
    UNION ALL
    ${bucketsSql(granularity)}
    UNION ALL
    SELECT 'unconverted', currency, sum(unconverted)::text, 0, NULL FROM owners
    GROUP BY currency HAVING sum(unconverted_days) > 0
    UNION ALL
    SELECT 'product', product_id::text, sum(value)::text, 0, NULL FROM report_revenue_product_months
    WHERE month BETWEEN $1::date AND $2::date GROUP BY product_id HAVING sum(days) > 0`;
}

/** The ranking's head with the revenue ranked before each, from the period's index. */
const TOP_SQL = `
  SELECT customer_id::text AS key, value::text AS amount,
         coalesce(sum(value) OVER (ORDER BY value DESC, customer_id ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0)::text AS before
  FROM (SELECT customer_id, value FROM report_customer_revenue_periods WHERE period = $1 AND period_start = $2::date
        ORDER BY value DESC, customer_id LIMIT ${TOP_CUSTOMERS}) AS top
  ORDER BY value DESC, customer_id`;

async function abcRows(manager: EntityManager, ranked: RankedPeriod): Promise<ContributionRow[]> {
  const bands: RevenueBand[] = await manager.query(
    `SELECT b.band::text AS band, sum(b.customers)::int AS customers, sum(b.value)::text AS value
     FROM report_revenue_period_bands b
     WHERE b.period = $1 AND b.period_start = $2::date
     GROUP BY b.band HAVING sum(b.customers) <> 0 ORDER BY b.band DESC`,
    [ranked.period, ranked.start],
  );
  const mixed = placeBands(bands)
    .filter((band) => band.mixed)
    .map((band) => band.band);
  const members: { band: string; value: string }[] = mixed.length
    ? await manager.query(
        `SELECT p.band::text AS band, p.value::text AS value FROM report_customer_revenue_periods p
         WHERE p.period = $1 AND p.period_start = $2::date AND p.band = ANY($3::numeric[])
         ORDER BY p.value DESC, p.customer_id`,
        [ranked.period, ranked.start, mixed],
      )
    : [];
  const revenuesOf = new Map<string, Decimal.Value[]>();
  for (const member of members)
    revenuesOf.set(member.band, [...(revenuesOf.get(member.band) ?? []), member.value]);
  return abcTotalsOfBands(bands, revenuesOf)
    .filter((total) => total.customers > 0)
    .map((total) => ({
      kind: 'class',
      key: null,
      amount: total.revenue.toString(),
      customers: total.customers,
      abc_class: total.abcClass,
    }));
}

/**
 * The contribution report's rows from the roll-ups (apps/analytics/src/data/revenue-rollups.ts):
 * the same rows contributionPerCustomerSql returns, read from a few thousand sums, the ranking's
 * first hundred and the customers of at most two bands.
 */
export async function contributionRollupRows(
  manager: EntityManager,
  query: ReportQuery,
  ranked: RankedPeriod,
): Promise<ContributionRow[]> {
  const { from, to, granularity } = query.period;
  const sums: ContributionRow[] = await manager.query(sumsSql(granularity), [
    from,
    to,
    truncUnitOf(granularity),
  ]);
  const classes = await abcRows(manager, ranked);
  const total = classes.reduce((sum, row) => sum.plus(row.amount), new Decimal(0));
  const top: { key: string; amount: string; before: string }[] = await manager.query(TOP_SQL, [
    ranked.period,
    ranked.start,
  ]);
  const customers = top.map((row): ContributionRow => ({
    kind: 'customer',
    key: row.key,
    amount: row.amount,
    customers: 1,
    abc_class: classAt(new Decimal(row.before), total),
  }));
  return [...sums, ...customers, ...classes];
}
