import type { DataSource } from 'typeorm';
import { percentOf } from '../../domain/report-percent';
import type { ReportQuery } from '../report-definition';
import {
  bucketsOf,
  bucketSql,
  countedCustomersSql,
  periodBoundsSql,
  reportRows,
  SqlParameters,
} from './report-sql';

export interface CustomerCount {
  key: string | null;
  customers: number;
  share: string;
}

export interface CompositionReport {
  customers: number;
  byIndustry: CustomerCount[];
  byRegion: CustomerCount[];
  byTier: CustomerCount[];
  byLifecycle: CustomerCount[];
  bySource: CustomerCount[];
  overTime: { bucket: string; newCustomers: number; customers: number }[];
}

const DIMENSIONS = {
  industry: 'byIndustry',
  region: 'byRegion',
  tier: 'byTier',
  lifecycle_stage: 'byLifecycle',
  source: 'bySource',
} as const;

interface Row {
  kind: keyof typeof DIMENSIONS | 'before' | 'bucket';
  key: string | null;
  customers: number;
}

/**
 * Customers created up to the period's end, by each attribute's current value, plus those created
 * before the period and per bucket (the running total is their sum), in one pass.
 */
function compositionSql(query: ReportQuery, parameters: SqlParameters): string {
  const counted = countedCustomersSql(query, parameters);
  const { start, end } = periodBoundsSql(parameters, query.period);
  const bucket = bucketSql(`(created_at AT TIME ZONE 'UTC')`, parameters, query.period);
  return `
    WITH counted AS MATERIALIZED (
      SELECT industry, region, tier, lifecycle_stage, source, created_at FROM report_customers c
      WHERE ${counted} AND c.created_at < ${end}
    )
    SELECT CASE WHEN GROUPING(industry) = 0 THEN 'industry' WHEN GROUPING(region) = 0 THEN 'region'
                WHEN GROUPING(tier) = 0 THEN 'tier' WHEN GROUPING(lifecycle_stage) = 0 THEN 'lifecycle_stage'
                ELSE 'source' END AS kind,
           coalesce(industry, region, tier, lifecycle_stage, source) AS key, count(*)::int AS customers
    FROM counted GROUP BY GROUPING SETS ((industry), (region), (tier), (lifecycle_stage), (source))
    UNION ALL
    SELECT 'before', NULL, count(*)::int FROM counted WHERE created_at < ${start}
    UNION ALL
    SELECT 'bucket', ${bucket}, count(*)::int FROM counted WHERE created_at >= ${start} GROUP BY ${bucket}`;
}

const byCount = (a: CustomerCount, b: CustomerCount) =>
  b.customers - a.customers || String(a.key).localeCompare(String(b.key));

/** Customers by industry, region, tier, lifecycle stage and source, and over time (issue 14 item 2). */
export async function customerComposition(
  dataSource: DataSource,
  query: ReportQuery,
): Promise<CompositionReport> {
  const parameters = new SqlParameters();
  const sql = compositionSql(query, parameters);
  const [rows, buckets]: [Row[], string[]] = await Promise.all([
    reportRows<Row>(dataSource, sql, parameters.values),
    bucketsOf(dataSource, query.period),
  ]);
  const customers = rows.filter((row) => row.kind === 'source').reduce((sum, row) => sum + row.customers, 0);
  const countsOf = (kind: keyof typeof DIMENSIONS) =>
    rows
      .filter((row) => row.kind === kind)
      .map((row) => ({
        key: row.key,
        customers: row.customers,
        share: percentOf(row.customers, customers) ?? '0.00',
      }))
      .sort(byCount);
  const created = new Map(rows.filter((row) => row.kind === 'bucket').map((row) => [row.key, row.customers]));
  let running = rows.find((row) => row.kind === 'before')?.customers ?? 0;
  const report = Object.fromEntries(
    Object.entries(DIMENSIONS).map(([kind, field]) => [field, countsOf(kind as keyof typeof DIMENSIONS)]),
  ) as Omit<CompositionReport, 'customers' | 'overTime'>;
  return {
    customers,
    ...report,
    overTime: buckets.map((bucket) => {
      const newCustomers = created.get(bucket) ?? 0;
      running += newCustomers;
      return { bucket, newCustomers, customers: running };
    }),
  };
}
