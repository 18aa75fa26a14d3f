import type { DataSource } from 'typeorm';
import type { ReportQuery } from '../report-definition';
import {
  dealCustomerCondition,
  dealOwnerCondition,
  edgesCondition,
  filtersByCustomer,
  monthsCondition,
} from './sales-report-scope';
import { SqlParameters } from './sql-parameters';
import type { MonthSplit } from '../../domain/whole-months';
import { reportRows } from '../customer/report-sql';

export interface OpenDealAmount {
  /** The expected close date's bucket. */
  label: string;
  currency: string;
  probability: number;
  /** Σ of the open deals' amounts converted into the reporting currency at `on`'s rate; null without one. */
  converted: string | null;
  on: string;
}

// Fixed SQL per bucket a forecast offers, on the expected close day `x.on` (a month's first day for a whole month).
const BUCKET_SQL = {
  MONTH: `to_char(x.on, 'YYYY-MM')`,
  QUARTER: `to_char(x.on, 'YYYY-"Q"Q')`,
} as const;

/**
 * Open deals expected to close in `split` per bucket, currency and probability, within the caller's
 * scope and filters (whole months from sales_open_months, the edge days from the deals), each sum
 * converted into `currency` at the latest rate on `asOf`: an open deal has no transaction date yet.
 */
export async function openDealAmounts(
  dataSource: DataSource,
  query: ReportQuery,
  split: MonthSplit,
  granularity: keyof typeof BUCKET_SQL,
  { currency, asOf }: { currency: string; asOf: string },
): Promise<OpenDealAmount[]> {
  const parameters = new SqlParameters();
  const [target, on] = [parameters.add(currency), parameters.add(asOf)];
  const rows: Omit<OpenDealAmount, 'on'>[] = await reportRows(
    dataSource,
    `SELECT g.label, g.currency, g.probability, convert_amount(g.amount, g.currency, ${target}, ${on}::date) AS converted
     FROM (SELECT ${BUCKET_SQL[granularity]} AS label, x.currency, x.probability, sum(x.amount) AS amount
     FROM (SELECT r.month AS on, r.currency::text AS currency, r.probability, r.amount, r.deals
           FROM sales_open_months r
           WHERE ${monthsCondition(split, parameters, 'r.month')} AND ${dealOwnerCondition(query, parameters, 'r.owner_id')}
           UNION ALL
           SELECT d.expected_close_date, d.currency::text, d.probability, d.amount, 1
           FROM sales_deals d
           WHERE d.outcome IS NULL AND ${edgesCondition(split, parameters, 'd.expected_close_date')}
             AND ${dealOwnerCondition(query, parameters, 'd.owner_id')}
             AND ${dealCustomerCondition(query, parameters, 'd')}) x
     GROUP BY 1, 2, 3 HAVING sum(x.deals) <> 0) g`,
    parameters.values,
  );
  return rows.map((row) => ({ ...row, on: asOf }));
}

/** Deals open now within the caller's scope and filters, whatever their expected close date. */
export async function openDealCount(dataSource: DataSource, query: ReportQuery): Promise<number> {
  const parameters = new SqlParameters();
  const owners = dealOwnerCondition(
    query,
    parameters,
    filtersByCustomer(query) ? 'd.owner_id' : 'r.owner_id',
  );
  const [row]: { open: number }[] = await reportRows(
    dataSource,
    filtersByCustomer(query)
      ? `SELECT count(*)::int AS open FROM sales_deals d
         WHERE d.outcome IS NULL AND ${owners} AND ${dealCustomerCondition(query, parameters, 'd')}`
      : `SELECT coalesce(sum(r.deals), 0)::int AS open FROM sales_open_owner_totals r WHERE ${owners}`,
    parameters.values,
  );
  return row.open;
}
