import type { ReportQuery } from '../report-definition';
import { countedCustomersSql, SqlParameters } from './report-sql';
import { bucketStepOf, truncUnitOf } from '../../domain/report-period';

/** The churn report's figures as its queries return them. */
export interface ChurnRow {
  kind: 'period' | 'reason' | 'segment' | 'cohort';
  key: string | null;
  at_start: number;
  lost: number;
  month_offset: number;
}

/**
 * Per mark (each bucket, clamped to the period, and the whole period, key null): customers at its
 * start (created before it, not in a churn spell then) and customers lost in it; the period's
 * losses by reason and, per segment, both figures; and the cohorts' purchase months (of customers
 * created whenever: a cohort is made by purchases). Read from
 * every counted customer: what the report runs when the roll-ups cannot answer (churn-rollup-sql.ts).
 */
export function churnPerCustomerSql(query: ReportQuery, parameters: SqlParameters): string {
  const counted = countedCustomersSql(query, parameters);
  const unit = parameters.add(truncUnitOf(query.period.granularity));
  const step = `${parameters.add(bucketStepOf(query.period.granularity))}::interval`;
  const from = `${parameters.add(query.period.from)}::date`;
  const to = `${parameters.add(query.period.to)}::date`;
  return `
    WITH marks AS (
      SELECT b::date::text AS key, greatest(b, ${from}::timestamp) AT TIME ZONE 'UTC' AS starts_at,
             least(b + ${step}, (${to} + 1)::timestamp) AT TIME ZONE 'UTC' AS ends_at
      FROM generate_series(date_trunc(${unit}, ${from}::timestamp), ${to}::timestamp, ${step}) AS b
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
    FROM report_customers c JOIN report_purchase_months p USING (customer_id)
    WHERE ${counted} AND c.first_purchase_month BETWEEN date_trunc('month', ${from}::timestamp)::date AND ${to} AND p.month <= ${to}
    GROUP BY c.first_purchase_month, p.month`;
}
