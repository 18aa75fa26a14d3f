import { attributeValuesSql } from '../../data/customer-rollups';
import { truncUnitOf } from '../../domain/report-period';
import type { ReportQuery } from '../report-definition';
import { countedCustomersSql, rollupFilterSql, type SqlParameters } from './report-sql';
import { rollupResolutionOf } from './rollup-resolution';

/**
 * The composition report from the roll-ups (apps/analytics/src/data/customer-rollups.ts): customers
 * by each attribute's current value from the months before the one the period ends within, plus
 * that month's customers read one by one (none when the period ends with a month); customers
 * created before the period and per bucket from the churn roll-ups' creations (the months before
 * the period's first month, then its own months or days). Returns the rows
 * compositionPerCustomerSql returns.
 */
export function compositionRollupSql(query: ReportQuery, parameters: SqlParameters): string {
  const from = `${parameters.add(query.period.from)}::date`;
  const to = `${parameters.add(query.period.to)}::date`;
  const unit = parameters.add(truncUnitOf(query.period.granularity));
  // Months before this one lie whole within the period; from it on the period's customers are read.
  const endingMonth = `date_trunc('month', (${to} + 1)::timestamp)`;
  const firstMonth = `date_trunc('month', ${from}::timestamp)::date`;
  const resolution = rollupResolutionOf(query.period);
  return `
    WITH counts AS (
      SELECT attribute, value, sum(customers) AS customers FROM (
        SELECT attribute, value, customers FROM report_composition_months r
        WHERE ${rollupFilterSql(query, parameters, 'r')} AND r.month < ${endingMonth}::date
        UNION ALL
        SELECT a.attribute, a.value, 1 FROM report_customers c ${attributeValuesSql('c')}
        WHERE ${countedCustomersSql(query, parameters)} AND c.created_at >= (${endingMonth} AT TIME ZONE 'UTC') AND c.created_at < ((${to} + 1)::timestamp AT TIME ZONE 'UTC')
      ) AS counted GROUP BY attribute, value HAVING sum(customers) <> 0
    ), created AS MATERIALIZED (
      SELECT day, sum(created) AS created FROM (
        SELECT month AS day, created FROM report_churn_base_months m
        WHERE m.segment_id IS NULL AND ${rollupFilterSql(query, parameters, 'm')} AND m.month < ${firstMonth}
        UNION ALL
        SELECT ${resolution}, created FROM report_churn_base_${resolution}s d
        WHERE d.segment_id IS NULL AND ${rollupFilterSql(query, parameters, 'd')}
          AND d.${resolution} BETWEEN ${firstMonth} AND ${to}
      ) AS creations GROUP BY day
    )
    SELECT attribute AS kind, value AS key, customers::int AS customers FROM counts
    UNION ALL
    SELECT 'before', NULL, coalesce(sum(created), 0)::int FROM created WHERE day < ${from}
    UNION ALL
    SELECT 'bucket', date_trunc(${unit}, day::timestamp)::date::text, sum(created)::int FROM created
    WHERE day >= ${from} GROUP BY 2 HAVING sum(created) <> 0`;
}
