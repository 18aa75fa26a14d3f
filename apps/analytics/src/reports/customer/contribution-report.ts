import Decimal from 'decimal.js';
import type { DataSource } from 'typeorm';
import { classifyAbc, type AbcClass } from '../../domain/abc-classes';
import { percentOf } from '../../domain/report-percent';
import type { ReportQuery } from '../report-definition';
import { contributionPerCustomerSql, type ContributionRow } from './contribution-per-customer-sql';
import { contributionRollupRows, rankedPeriodOf } from './contribution-rollup-rows';
import { bucketsOf, reportRows, SqlParameters } from './report-sql';

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

const money = (amount: Decimal.Value) => new Decimal(amount).toFixed(4);

/**
 * A company-wide question about a calendar year, quarter or month reads the roll-ups; any other
 * reads the counted customers' revenue days. One snapshot either way.
 */
function contributionRows(dataSource: DataSource, query: ReportQuery): Promise<ContributionRow[]> {
  const ranked = rankedPeriodOf(query);
  if (ranked) {
    return dataSource.transaction('REPEATABLE READ', (manager) =>
      contributionRollupRows(manager, query, ranked),
    );
  }
  const parameters = new SqlParameters();
  return reportRows<ContributionRow>(
    dataSource,
    contributionPerCustomerSql(query, parameters),
    parameters.values,
  );
}

function sharesOf(rows: ContributionRow[], total: Decimal): ContributionShare[] {
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
  const [rows, buckets, [settings]]: [ContributionRow[], string[], { reporting_currency: string }[]] =
    await Promise.all([
      contributionRows(dataSource, query),
      bucketsOf(dataSource, query.period),
      dataSource.query('SELECT reporting_currency FROM reporting_settings'),
    ]);
  const of = (kind: ContributionRow['kind']) => rows.filter((row) => row.kind === kind);
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
