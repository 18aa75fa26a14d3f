import type { ReportQuery } from '../report-definition';
import { bucketStepOf, truncUnitOf } from '../../domain/report-period';
import { rollupFilterSql, type SqlParameters } from './report-sql';
import { rollupResolutionOf } from './rollup-resolution';

/**
 * The churn report from the roll-ups (apps/analytics/src/data/customer-rollups.ts), for any period
 * and buckets: per mark (each bucket clamped to the period, and the period, key null) customers at
 * its start = Σ before it of created − absences started + absences ended (the months before the
 * period's first month, then its own months or days), and customers lost in it = its spells − those
 * whose previous churn is in it too (each spell row read once, in its bucket); the period's losses
 * by reason likewise; per segment both figures; the cohorts' purchase months. Returns the rows
 * churnPerCustomerSql returns.
 */
export function churnRollupSql(query: ReportQuery, parameters: SqlParameters): string {
  const unit = parameters.add(truncUnitOf(query.period.granularity));
  const step = `${parameters.add(bucketStepOf(query.period.granularity))}::interval`;
  const from = `${parameters.add(query.period.from)}::date`;
  const to = `${parameters.add(query.period.to)}::date`;
  const firstMonth = `date_trunc('month', ${from}::timestamp)::date`;
  const unitOfTables = rollupResolutionOf(query.period);
  const months = rollupFilterSql(query, parameters, 'm');
  const days = rollupFilterSql(query, parameters, 'd');
  const loss = rollupFilterSql(query, parameters, 'l');
  const cohort = rollupFilterSql(query, parameters, 'c');
  const lostFrom = (start: string) =>
    `sum(spells) FILTER (WHERE previous_day IS NULL OR previous_day < ${start})`;
  return `
    WITH marks AS (
      SELECT b::date::text AS key, greatest(b, ${from}::timestamp)::date AS starts,
             least(b + ${step}, (${to} + 1)::timestamp)::date AS ends
      FROM generate_series(date_trunc(${unit}, ${from}::timestamp), ${to}::timestamp, ${step}) AS b
      UNION ALL
      SELECT NULL, ${from}, ${to} + 1
    ), base AS MATERIALIZED (
      SELECT segment_id, day, sum(change) AS change, sum(created) AS created FROM (
        SELECT segment_id, month AS day, created - absences_started + absences_ended AS change, created
        FROM report_churn_base_months m WHERE ${months} AND m.month < ${firstMonth}
        UNION ALL
        SELECT segment_id, ${unitOfTables}, created - absences_started + absences_ended, created
        FROM report_churn_base_${unitOfTables}s d WHERE ${days} AND d.${unitOfTables} BETWEEN ${firstMonth} AND ${to}
      ) AS moves GROUP BY segment_id, day
    ), losses AS MATERIALIZED (
      SELECT segment_id, reason, ${unitOfTables} AS day, previous_${unitOfTables} AS previous_day,
             previous_reason_${unitOfTables} AS previous_reason_day, sum(spells) AS spells
      FROM report_churn_loss_${unitOfTables}s l WHERE ${loss} AND l.${unitOfTables} BETWEEN ${from} AND ${to}
      GROUP BY 1, 2, 3, 4, 5
    ), company AS MATERIALIZED (
      SELECT day, sum(change) AS change FROM base WHERE segment_id IS NULL GROUP BY day
    ), segments AS (
      SELECT segment_id, coalesce(sum(change) FILTER (WHERE day < ${from}), 0) AS at_start
      FROM base WHERE segment_id IS NOT NULL GROUP BY segment_id HAVING sum(created) > 0
    ), segment_losses AS (
      SELECT segment_id, ${lostFrom(from)} AS lost FROM losses WHERE segment_id IS NOT NULL GROUP BY segment_id
    ), bucket_losses AS MATERIALIZED (
      -- Each day's spells in its bucket, counted once per customer from the bucket's start on.
      SELECT date_trunc(${unit}, day::timestamp)::date::text AS key,
             ${lostFrom(`greatest(date_trunc(${unit}, day::timestamp)::date, ${from})`)} AS lost
      FROM losses WHERE segment_id IS NULL GROUP BY 1
    )
    SELECT 'period' AS kind, m.key,
      (SELECT coalesce(sum(change), 0) FROM company WHERE day < m.starts) AS at_start,
      CASE WHEN m.key IS NULL
           THEN (SELECT coalesce(${lostFrom(from)}, 0) FROM losses WHERE segment_id IS NULL)
           ELSE coalesce((SELECT lost FROM bucket_losses b WHERE b.key = m.key), 0) END AS lost,
      0 AS month_offset
    FROM marks m
    UNION ALL
    SELECT 'reason', reason, 0,
      sum(spells) FILTER (WHERE previous_reason_day IS NULL OR previous_reason_day < ${from}), 0
    FROM losses WHERE segment_id IS NULL GROUP BY reason HAVING sum(spells) <> 0
    UNION ALL
    SELECT 'segment', s.segment_id::text, s.at_start, coalesce(l.lost, 0), 0
    FROM segments s LEFT JOIN segment_losses l USING (segment_id)
    UNION ALL
    SELECT 'cohort', c.cohort_month::text, sum(c.customers), 0,
      (extract(year FROM age(c.month, c.cohort_month)) * 12 + extract(month FROM age(c.month, c.cohort_month)))::int
    FROM report_cohort_months c
    WHERE ${cohort} AND c.cohort_month BETWEEN ${firstMonth} AND ${to} AND c.month <= ${to}
    GROUP BY c.cohort_month, c.month HAVING sum(c.customers) <> 0`;
}
