import type { DataSource } from 'typeorm';
import { bucketLabels, bucketOf, parseReportPeriod } from '../../domain/report-period';
import { winRate } from '../../domain/win-rate';
import type { ReportDefinition, ReportQuery } from '../report-definition';
import { dealOwnerCondition } from './sales-report-scope';
import { SqlParameters } from './sql-parameters';

export type WinRateDimension = 'OWNER' | 'TEAM' | 'SOURCE' | 'PERIOD';

export interface WinRatePoint {
  label: string;
  won: number;
  lost: number;
  winRate: number | null;
}

// Fixed SQL per dimension (never caller text); a deal without owner, team or lead source gets a label too.
const LABEL_SQL: Record<WinRateDimension, string> = {
  OWNER: `coalesce(d.owner_id::text, 'UNASSIGNED')`,
  TEAM: `coalesce(t.team_id::text, 'NO_TEAM')`,
  SOURCE: `coalesce(s.source, 'DIRECT')`,
  PERIOD: `to_char(d.closed_on, 'YYYY-MM-DD')`,
};

/** Won and lost deals closed in the period, grouped by owner, team, lead source or period bucket. */
export async function winRates(
  dataSource: DataSource,
  query: ReportQuery,
  by: WinRateDimension,
): Promise<{ points: WinRatePoint[]; total: WinRatePoint }> {
  const period = parseReportPeriod(query.period);
  const parameters = new SqlParameters();
  const rows: { label: string; won: number; lost: number }[] = await dataSource.query(
    `SELECT ${LABEL_SQL[by]} AS label,
            count(*) FILTER (WHERE d.outcome = 'WON')::int AS won, count(*) FILTER (WHERE d.outcome = 'LOST')::int AS lost
     FROM sales_deals d
     LEFT JOIN sales_user_teams t ON t.user_id = d.owner_id
     LEFT JOIN sales_deal_sources s ON s.opportunity_id = d.opportunity_id
     WHERE d.outcome IS NOT NULL AND d.closed_on BETWEEN ${parameters.add(period.from)} AND ${parameters.add(period.to)}
       AND ${dealOwnerCondition(query, parameters, 'd.owner_id')}
     GROUP BY 1 ORDER BY 1`,
    parameters.values,
  );
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
