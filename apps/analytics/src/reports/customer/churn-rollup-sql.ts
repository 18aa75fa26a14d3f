import type { ReportQuery } from '../report-definition';
import { bucketStepOf, truncUnitOf } from '../../domain/report-period';
import { rollupFilterSql, type SqlParameters } from './report-sql';

/**
 * The churn report from the month roll-ups (apps/analytics/src/data/customer-rollups.ts), for a
 * period of whole months: per mark (each bucket clamped to the period, and the period, key null)
 * customers at its start = Σ of earlier months' created − absences started + absences ended, and
 * customers lost in it = its spells − those whose previous churn is in it too; the period's
 * losses by reason likewise; per segment both figures; the cohorts' purchase months. Returns the
 * rows churnPerCustomerSql returns.
 */
export function churnRollupSql(query: ReportQuery, parameters: SqlParameters): string {
  const unit = parameters.add(truncUnitOf(query.period.granularity));
  const step = `${parameters.add(bucketStepOf(query.period.granularity))}::interval`;
  const from = `${parameters.add(query.period.from)}::date`;
  const to = `${parameters.add(query.period.to)}::date`;
  const base = rollupFilterSql(query, parameters, 'b');
  const loss = rollupFilterSql(query, parameters, 'l');
  const cohort = rollupFilterSql(query, parameters, 'c');
  const lostFrom = (start: string) =>
    `sum(spells) FILTER (WHERE previous_month IS NULL OR previous_month < ${start})`;
  return `
    WITH marks AS (
      SELECT b::date::text AS key, greatest(b, ${from}::timestamp)::date AS starts,
             least(b + ${step}, (${to} + 1)::timestamp)::date AS ends
      FROM generate_series(date_trunc(${unit}, ${from}::timestamp), ${to}::timestamp, ${step}) AS b
      UNION ALL
      SELECT NULL, ${from}, ${to} + 1
    ), base AS MATERIALIZED (
      SELECT segment_id, month, sum(created - absences_started + absences_ended) AS change, sum(created) AS created
      FROM report_churn_base_months b WHERE ${base} AND b.month <= ${to} GROUP BY segment_id, month
    ), losses AS MATERIALIZED (
      SELECT segment_id, reason, month, previous_month, previous_reason_month, sum(spells) AS spells
      FROM report_churn_loss_months l WHERE ${loss} AND l.month BETWEEN ${from} AND ${to}
      GROUP BY segment_id, reason, month, previous_month, previous_reason_month
    ), segments AS (
      SELECT segment_id, coalesce(sum(change) FILTER (WHERE month < ${from}), 0) AS at_start
      FROM base WHERE segment_id IS NOT NULL GROUP BY segment_id HAVING sum(created) > 0
    )
    SELECT 'period' AS kind, m.key,
      (SELECT coalesce(sum(change), 0) FROM base WHERE segment_id IS NULL AND month < m.starts) AS at_start,
      (SELECT coalesce(${lostFrom('m.starts')}, 0) FROM losses
       WHERE segment_id IS NULL AND month >= m.starts AND month < m.ends) AS lost,
      0 AS month_offset
    FROM marks m
    UNION ALL
    SELECT 'reason', reason, 0,
      sum(spells) FILTER (WHERE previous_reason_month IS NULL OR previous_reason_month < ${from}), 0
    FROM losses WHERE segment_id IS NULL GROUP BY reason HAVING sum(spells) <> 0
    UNION ALL
    SELECT 'segment', s.segment_id::text, s.at_start,
      coalesce((SELECT ${lostFrom(from)} FROM losses l WHERE l.segment_id = s.segment_id), 0), 0
    FROM segments s
    UNION ALL
    SELECT 'cohort', c.cohort_month::text, sum(c.customers), 0,
      (extract(year FROM age(c.month, c.cohort_month)) * 12 + extract(month FROM age(c.month, c.cohort_month)))::int
    FROM report_cohort_months c
    WHERE ${cohort} AND c.cohort_month BETWEEN date_trunc('month', ${from}::timestamp)::date AND ${to} AND c.month <= ${to}
    GROUP BY c.cohort_month, c.month HAVING sum(c.customers) <> 0`;
}
