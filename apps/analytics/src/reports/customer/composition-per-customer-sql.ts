import type { ReportQuery } from '../report-definition';
import { bucketSql, countedCustomersSql, periodBoundsSql, type SqlParameters } from './report-sql';

/** The composition report's figures as its queries return them. */
export interface CompositionRow {
  kind: 'industry' | 'region' | 'tier' | 'lifecycle_stage' | 'source' | 'before' | 'bucket';
  key: string | null;
  customers: number;
}

/**
 * Customers created up to the period's end, by each attribute's current value, plus those created
 * before the period and per bucket (the running total is their sum), in one pass: what the report
 * runs when the roll-ups cannot answer (composition-rollup-sql.ts).
 */
export function compositionPerCustomerSql(query: ReportQuery, parameters: SqlParameters): string {
  const counted = countedCustomersSql(query, parameters);
  const { start, end } = periodBoundsSql(parameters, query.period);
  const bucket = bucketSql(`(created_at AT TIME ZONE 'UTC')`, parameters, query.period);
  return `
    WITH counted AS MATERIALIZED (
      SELECT industry, region, tier, lifecycle_stage, source, created_at FROM report_customers c
      WHERE ${counted} AND c.created_at < ${end}
    )
    SELECT CASE WHEN GROUPING(industry) = 0 THEN 'industry' WHEN GROUPING(region) = 0 THEN 'region'
                WHEN GROUPING(tier) = 0 THEN 'tier' WHEN GROUPING(lifecycle_stage) = 0 THEN 'lifecycle_stage'
                ELSE 'source' END AS kind,
           coalesce(industry, region, tier, lifecycle_stage, source) AS key, count(*)::int AS customers
    FROM counted GROUP BY GROUPING SETS ((industry), (region), (tier), (lifecycle_stage), (source))
    UNION ALL
    SELECT 'before', NULL, count(*)::int FROM counted WHERE created_at < ${start}
    UNION ALL
    SELECT 'bucket', ${bucket}, count(*)::int FROM counted WHERE created_at >= ${start} GROUP BY ${bucket}`;
}
