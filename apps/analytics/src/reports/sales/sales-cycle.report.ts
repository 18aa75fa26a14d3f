import type { DataSource } from 'typeorm';
import { averageCycleDays } from '../../domain/cycle-length';
import { bucketLabels, bucketOf, parseReportPeriod } from '../../domain/report-period';
import type { ReportDefinition, ReportQuery } from '../report-definition';
import { closedDealTotals, cycleDaysOf } from './closed-deal-totals';

export interface SalesCyclePoint {
  label: string;
  wonDeals: number;
  averageDays: number | null;
}

/** Average cycle length per bucket and over the whole period. */
export async function salesCycle(
  dataSource: DataSource,
  query: ReportQuery,
): Promise<{ points: SalesCyclePoint[]; averageDays: number | null }> {
  const period = parseReportPeriod(query.period);
  const buckets = new Map(bucketLabels(period).map((label) => [label, { won: 0, days: 0 }]));
  for (const row of await closedDealTotals(dataSource, query, 'DAY')) {
    const bucket = buckets.get(bucketOf(row.label, period.granularity))!;
    bucket.won += row.won;
    bucket.days += cycleDaysOf(row);
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
