import type { DataSource } from 'typeorm';
import { churnRate } from '../../domain/churn-rate';
import { retentionCohorts, type CohortCount, type RetentionCohort } from '../../domain/retention-cohorts';
import type { ReportQuery } from '../report-definition';
import { countedCustomersSql, reportRows, SqlParameters } from './report-sql';
import { truncUnitOf } from '../../domain/report-period';

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

interface Row {
  kind: 'period' | 'reason' | 'segment' | 'cohort';
  key: string | null;
  at_start: number;
  lost: number;
  month_offset: number;
}

/**
 * Per mark (each bucket, clamped to the period, and the whole period, key null): customers at its
 * start (created before it, not in a churn spell then) and customers lost in it; the period's
 * losses by reason and, per segment, both figures; and the cohorts' purchase months.
 */
function churnSql(query: ReportQuery, parameters: SqlParameters): string {
  const counted = countedCustomersSql(query, parameters);
  const unit = parameters.add(truncUnitOf(query.period.granularity));
  const from = `${parameters.add(query.period.from)}::date`;
  const to = `${parameters.add(query.period.to)}::date`;
  return `
    WITH marks AS (
      SELECT b::date::text AS key, greatest(b, ${from}::timestamp) AT TIME ZONE 'UTC' AS starts_at,
             least(b + ('1 ' || ${unit})::interval, (${to} + 1)::timestamp) AT TIME ZONE 'UTC' AS ends_at
      FROM generate_series(date_trunc(${unit}, ${from}::timestamp), ${to}::timestamp, ('1 ' || ${unit})::interval) AS b
      UNION ALL
      SELECT NULL, ${from}::timestamp AT TIME ZONE 'UTC', (${to} + 1)::timestamp AT TIME ZONE 'UTC'
    ), counted AS MATERIALIZED (
      SELECT c.customer_id, c.created_at, c.first_purchase_month FROM report_customers c
      WHERE ${counted} AND c.created_at < (${to} + 1)::timestamp AT TIME ZONE 'UTC'
    ), spells AS MATERIALIZED (
      SELECT s.customer_id, s.churned_at, s.reactivated_at, s.reason
      FROM report_churn_spells s JOIN counted USING (customer_id)
    ), spell_states AS (
      -- Per customer, once: in a churn spell at the period's start, and lost during it.
      SELECT s.customer_id,
             bool_or(s.churned_at < m.starts_at AND (s.reactivated_at IS NULL OR s.reactivated_at >= m.starts_at)) AS away_at_start,
             bool_or(s.churned_at >= m.starts_at AND s.churned_at < m.ends_at) AS lost
      FROM spells s, marks m WHERE m.key IS NULL GROUP BY s.customer_id
    ), created AS MATERIALIZED (
      -- One pass: customers created before the period (key null) and per bucket after its start;
      -- each mark's running sum then reads these few rows, not the customers again.
      SELECT CASE WHEN created_at < ${from}::timestamp AT TIME ZONE 'UTC' THEN NULL
                  ELSE date_trunc(${unit}, created_at AT TIME ZONE 'UTC')::date::text END AS key,
             count(*) AS created
      FROM counted GROUP BY 1
    )
    SELECT 'period' AS kind, m.key,
      (SELECT coalesce(sum(created), 0) FROM created WHERE created.key IS NULL OR created.key < m.key)
        - (SELECT count(DISTINCT customer_id) FROM spells
           WHERE churned_at < m.starts_at AND (reactivated_at IS NULL OR reactivated_at >= m.starts_at)) AS at_start,
      (SELECT count(DISTINCT customer_id) FROM spells WHERE churned_at >= m.starts_at AND churned_at < m.ends_at) AS lost,
      0 AS month_offset
    FROM marks m
    UNION ALL
    SELECT 'reason', s.reason, 0, count(DISTINCT s.customer_id), 0 FROM spells s, marks m
    WHERE m.key IS NULL AND s.churned_at >= m.starts_at AND s.churned_at < m.ends_at GROUP BY s.reason
    UNION ALL
    SELECT 'segment', g.segment_id::text,
      count(*) FILTER (WHERE c.created_at < m.starts_at AND NOT coalesce(state.away_at_start, false)),
      count(*) FILTER (WHERE coalesce(state.lost, false)), 0
    FROM marks m, report_segment_members g JOIN counted c USING (customer_id)
    LEFT JOIN spell_states state USING (customer_id)
    WHERE m.key IS NULL GROUP BY g.segment_id
    UNION ALL
    SELECT 'cohort', c.first_purchase_month::text, count(*),  0,
      (extract(year FROM age(p.month, c.first_purchase_month)) * 12 + extract(month FROM age(p.month, c.first_purchase_month)))::int
    FROM counted c JOIN report_purchase_months p USING (customer_id)
    WHERE c.first_purchase_month BETWEEN date_trunc('month', ${from}::timestamp)::date AND ${to} AND p.month <= ${to}
    GROUP BY c.first_purchase_month, p.month`;
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
  const rows: Row[] = (await reportRows<Row>(dataSource, churnSql(query, parameters), parameters.values)).map(
    (row: Row) => ({ ...row, at_start: Number(row.at_start), lost: Number(row.lost) }),
  );
  const of = (kind: Row['kind']) => rows.filter((row) => row.kind === kind);
  const overall = of('period').find((row) => row.key === null) as Row;
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
