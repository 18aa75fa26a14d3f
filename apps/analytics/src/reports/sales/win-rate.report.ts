import type { DataSource } from 'typeorm';
import { bucketLabels, bucketOf, parseReportPeriod } from '../../domain/report-period';
import { winRate } from '../../domain/win-rate';
import type { ReportDefinition, ReportQuery } from '../report-definition';
import { closedDealTotals, type ClosedDealGrouping } from './closed-deal-totals';

export type WinRateDimension = 'OWNER' | 'TEAM' | 'SOURCE' | 'PERIOD';

export interface WinRatePoint {
  label: string;
  won: number;
  lost: number;
  winRate: number | null;
}

const GROUPING: Record<WinRateDimension, ClosedDealGrouping> = {
  OWNER: 'OWNER',
  TEAM: 'TEAM',
  SOURCE: 'SOURCE',
  PERIOD: 'DAY',
};

/** Won and lost deals closed in the period, grouped by owner, team, lead source or period bucket. */
export async function winRates(
  dataSource: DataSource,
  query: ReportQuery,
  by: WinRateDimension,
): Promise<{ points: WinRatePoint[]; total: WinRatePoint }> {
  const period = parseReportPeriod(query.period);
  const rows = await closedDealTotals(dataSource, query, GROUPING[by]);
  const counts = new Map<string, { won: number; lost: number }>();
  const labels = by === 'PERIOD' ? bucketLabels(period) : rows.map((row) => row.label);
  for (const label of labels) counts.set(label, { won: 0, lost: 0 });
  for (const row of rows) {
    const count = counts.get(by === 'PERIOD' ? bucketOf(row.label, period.granularity) : row.label)!;
    count.won += row.won;
    count.lost += row.lost;
  }
  const point = (label: string, { won, lost }: { won: number; lost: number }) => ({
    label,
    won,
    lost,
    winRate: winRate(won, lost),
  });
  const points = [...counts].map(([label, count]) => point(label, count));
  const total = points.reduce((sum, p) => ({ won: sum.won + p.won, lost: sum.lost + p.lost }), {
    won: 0,
    lost: 0,
  });
  return { points, total: point('TOTAL', total) };
}

export const winRateReport: ReportDefinition = {
  name: 'WIN_RATE',
  async table(dataSource, query) {
    const { points, total } = await winRates(dataSource, query, 'OWNER');
    return {
      columns: ['owner', 'won', 'lost', 'win_rate'],
      rows: [...points, total].map((p) => [p.label, p.won, p.lost, p.winRate]),
    };
  },
};
