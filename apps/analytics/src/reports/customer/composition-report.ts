import type { DataSource } from 'typeorm';
import { percentOf } from '../../domain/report-percent';
import type { ReportQuery } from '../report-definition';
import { compositionPerCustomerSql, type CompositionRow } from './composition-per-customer-sql';
import { compositionRollupSql } from './composition-rollup-sql';
import { bucketsOf, reportRows, SqlParameters } from './report-sql';

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

/**
 * The roll-ups answer without a segment filter; one segment's customers are counted by reading
 * them (the roll-ups do not filter on a segment).
 */
function compositionSql(query: ReportQuery, parameters: SqlParameters): string {
  return query.filter.segmentId
    ? compositionPerCustomerSql(query, parameters)
    : compositionRollupSql(query, parameters);
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
  const [rows, buckets]: [CompositionRow[], string[]] = await Promise.all([
    reportRows<CompositionRow>(dataSource, sql, parameters.values),
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
