import type { DataSource } from 'typeorm';
import { averageCycleDays } from '../../domain/cycle-length';
import { bucketLabels, bucketOf, parseReportPeriod } from '../../domain/report-period';
import type { ReportDefinition, ReportQuery } from '../report-definition';
import { dealOwnerCondition } from './sales-report-scope';
import { SqlParameters } from './sql-parameters';

export interface SalesCyclePoint {
  label: string;
  wonDeals: number;
  averageDays: number | null;
}

/** Deals won per day in the period and the Σ of their cycle lengths (created → won) in days. */
export async function wonCyclesByDay(dataSource: DataSource, query: ReportQuery) {
  const period = parseReportPeriod(query.period);
  const parameters = new SqlParameters();
  const rows: { day: string; won: number; days: string }[] = await dataSource.query(
    `SELECT to_char(d.closed_on, 'YYYY-MM-DD') AS day, count(*)::int AS won,
            sum(extract(epoch FROM d.closed_at - d.created_at) / 86400) AS days
     FROM sales_deals d
     WHERE d.outcome = 'WON' AND d.closed_on BETWEEN ${parameters.add(period.from)} AND ${parameters.add(period.to)}
       AND ${dealOwnerCondition(query, parameters, 'd.owner_id')}
     GROUP BY d.closed_on`,
    parameters.values,
  );
  return rows.map((row) => ({ day: row.day, won: row.won, days: Number(row.days) }));
}

/** Average cycle length per bucket and over the whole period. */
export async function salesCycle(
  dataSource: DataSource,
  query: ReportQuery,
): Promise<{ points: SalesCyclePoint[]; averageDays: number | null }> {
  const period = parseReportPeriod(query.period);
  const buckets = new Map(bucketLabels(period).map((label) => [label, { won: 0, days: 0 }]));
  for (const row of await wonCyclesByDay(dataSource, query)) {
    const bucket = buckets.get(bucketOf(row.day, period.granularity))!;
    bucket.won += row.won;
    bucket.days += row.days;
  }
  const all = [...buckets.values()].reduce((sum, b) => ({ won: sum.won + b.won, days: sum.days + b.days }), {
    won: 0,
    days: 0,
  });
  return {
    points: [...buckets].map(([label, b]) => ({
      label,
      wonDeals: b.won,
      averageDays: averageCycleDays(b.days, b.won),
    })),
    averageDays: averageCycleDays(all.days, all.won),
  };
}

export const salesCycleReport: ReportDefinition = {
  name: 'SALES_CYCLE',
  async table(dataSource, query) {
    const { points } = await salesCycle(dataSource, query);
    return {
      columns: ['bucket', 'won_deals', 'average_cycle_days'],
      rows: points.map((p) => [p.label, p.wonDeals, p.averageDays]),
    };
  },
};
