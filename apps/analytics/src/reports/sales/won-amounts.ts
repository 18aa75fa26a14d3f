import type { DataSource } from 'typeorm';
import type { ConvertedAmount } from '../../domain/money-total';
import { parseReportPeriod } from '../../domain/report-period';
import type { ReportQuery } from '../report-definition';
import { dealOwnerCondition } from './sales-report-scope';
import { SqlParameters } from './sql-parameters';

export interface WonAmount extends ConvertedAmount {
  wonDeals: number;
  lostDeals: number;
}

/**
 * Closed deals of the period per day and currency, the won amount converted into `currency` at
 * that day's rate (one rate per day and currency, so summing first converts exactly the same).
 */
export async function closedByDay(
  dataSource: DataSource,
  query: ReportQuery,
  currency: string,
): Promise<WonAmount[]> {
  const period = parseReportPeriod(query.period);
  const parameters = new SqlParameters();
  const target = parameters.add(currency);
  const rows: { on: string; currency: string; won: number; lost: number; converted: string | null }[] =
    await dataSource.query(
      `SELECT to_char(g.closed_on, 'YYYY-MM-DD') AS on, g.currency, g.won, g.lost,
              convert_amount(g.amount, g.currency, ${target}, g.closed_on) AS converted
       FROM (SELECT d.closed_on, d.currency::text AS currency,
                    count(*) FILTER (WHERE d.outcome = 'WON')::int AS won,
                    count(*) FILTER (WHERE d.outcome = 'LOST')::int AS lost,
                    coalesce(sum(d.amount) FILTER (WHERE d.outcome = 'WON'), 0) AS amount
             FROM sales_deals d
             WHERE d.outcome IS NOT NULL
               AND d.closed_on BETWEEN ${parameters.add(period.from)} AND ${parameters.add(period.to)}
               AND ${dealOwnerCondition(query, parameters, 'd.owner_id')}
             GROUP BY 1, 2) g`,
      parameters.values,
    );
  return rows.map((row) => ({
    on: row.on,
    currency: row.currency,
    wonDeals: row.won,
    lostDeals: row.lost,
    // A day of losses only has nothing to convert.
    converted: row.won === 0 ? '0' : row.converted,
  }));
}
