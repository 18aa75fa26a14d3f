import type { DataSource } from 'typeorm';
import { churnRate } from '../../domain/churn-rate';
import { retentionCohorts, type CohortCount, type RetentionCohort } from '../../domain/retention-cohorts';
import type { ReportQuery } from '../report-definition';
import { churnPerCustomerSql, type ChurnRow } from './churn-per-customer-sql';
import { churnRollupSql } from './churn-rollup-sql';
import { reportRows, SqlParameters } from './report-sql';

export interface ChurnFigures {
  key: string | null;
  customersAtStart: number;
  lost: number;
  churnRate: string | null;
}

export interface ChurnReport {
  overall: ChurnFigures;
  byReason: ChurnFigures[];
  bySegment: ChurnFigures[];
  byPeriod: ChurnFigures[];
  cohorts: RetentionCohort[];
}

/**
 * The roll-ups answer any period and buckets, without a segment filter: one segment's customers
 * are counted by reading them (the roll-ups break figures down by segment but do not filter on one).
 */
function churnSql(query: ReportQuery, parameters: SqlParameters): string {
  return query.filter.segmentId ? churnPerCustomerSql(query, parameters) : churnRollupSql(query, parameters);
}

const figures = (key: string | null, atStart: number, lost: number): ChurnFigures => ({
  key,
  customersAtStart: atStart,
  lost,
  churnRate: churnRate(lost, atStart),
});

/** Churn rate overall, by reason, segment and bucket, and retention cohorts (issue 14 item 2). */
export async function churnReport(dataSource: DataSource, query: ReportQuery): Promise<ChurnReport> {
  const parameters = new SqlParameters();
  const rows = (await reportRows<ChurnRow>(dataSource, churnSql(query, parameters), parameters.values)).map(
    (row) => ({ ...row, at_start: Number(row.at_start), lost: Number(row.lost) }),
  );
  const of = (kind: ChurnRow['kind']) => rows.filter((row) => row.kind === kind);
  const overall = of('period').find((row) => row.key === null) as ChurnRow;
  const byLost = (a: ChurnFigures, b: ChurnFigures) =>
    b.lost - a.lost || String(a.key).localeCompare(String(b.key));
  const counts: CohortCount[] = of('cohort').map((row) => ({
    cohort: row.key as string,
    monthOffset: row.month_offset,
    customers: row.at_start,
  }));
  return {
    overall: figures(null, overall.at_start, overall.lost),
    byReason: of('reason')
      .map((row) => figures(row.key, overall.at_start, row.lost))
      .sort(byLost),
    bySegment: of('segment')
      .map((row) => figures(row.key, row.at_start, row.lost))
      .sort(byLost),
    byPeriod: of('period')
      .filter((row) => row.key !== null)
      .map((row) => figures(row.key, row.at_start, row.lost))
      .sort((a, b) => String(a.key).localeCompare(String(b.key))),
    cohorts: retentionCohorts(counts, query.period.to.slice(0, 7) + '-01'),
  };
}
