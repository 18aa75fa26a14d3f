import {
  CSAT_SATISFIED_FROM,
  NPS_DETRACTOR_UP_TO,
  NPS_PROMOTER_FROM,
} from '../../domain/satisfaction-scores';
import type { ReportQuery } from '../report-definition';
import { bucketSql, countedCustomersSql, periodBoundsSql, type SqlParameters } from './report-sql';

/** The service report's figures as its queries return them. */
export interface ServiceRow {
  kind: 'queue' | 'agent' | 'period' | 'overall';
  key: string | null;
  tickets: number;
  resolved: number;
  first_response: string | null;
  resolution: string | null;
  compliant: number;
  responses: number;
  csat_answers: number;
  satisfied: number;
  nps_answers: number;
  promoters: number;
  detractors: number;
}

export const SERVICE_GROUPS = `GROUPING SETS ((queue_id), (assignee_id), (bucket), ())`;
export const SERVICE_KIND = `CASE WHEN GROUPING(queue_id) = 0 THEN 'queue' WHEN GROUPING(assignee_id) = 0 THEN 'agent'
                   WHEN GROUPING(bucket) = 0 THEN 'period' ELSE 'overall' END`;
export const SERVICE_KEY = `coalesce(queue_id::text, assignee_id::text, bucket)`;

/**
 * Tickets opened and survey answers given in the period, each cut by queue, agent and bucket: what
 * the report runs when the roll-ups cannot answer (service-rollup-sql.ts).
 */
export function servicePerCustomerSql(query: ReportQuery, parameters: SqlParameters): string {
  const counted = countedCustomersSql(query, parameters);
  const { start, end } = periodBoundsSql(parameters, query.period);
  const openedBucket = bucketSql(`t.opened_at AT TIME ZONE 'UTC'`, parameters, query.period);
  const answeredBucket = bucketSql(`r.responded_at AT TIME ZONE 'UTC'`, parameters, query.period);
  const [satisfied, promoter, detractor] = [CSAT_SATISFIED_FROM, NPS_PROMOTER_FROM, NPS_DETRACTOR_UP_TO].map(
    (value) => parameters.add(value),
  );
  return `
    WITH tickets AS (
      SELECT t.queue_id, t.assignee_id, ${openedBucket} AS bucket,
             extract(epoch FROM t.first_responded_at - t.opened_at) / 60 AS first_response,
             extract(epoch FROM t.resolved_at - t.opened_at) / 60 AS resolution,
             NOT (t.first_response_breached OR t.resolution_breached) AS compliant
      FROM report_tickets t JOIN report_customers c ON c.customer_id = t.customer_id
      WHERE t.opened_at >= ${start} AND t.opened_at < ${end} AND ${counted}
    ), answers AS (
      SELECT r.queue_id, r.assignee_id, ${answeredBucket} AS bucket, r.csat, r.nps
      FROM report_survey_responses r JOIN report_customers c ON c.customer_id = r.customer_id
      WHERE r.responded_at >= ${start} AND r.responded_at < ${end} AND ${counted}
    )
    SELECT ${SERVICE_KIND} AS kind, ${SERVICE_KEY} AS key, count(*)::int AS tickets, count(resolution)::int AS resolved,
           round(avg(first_response), 2)::text AS first_response, round(avg(resolution), 2)::text AS resolution,
           count(*) FILTER (WHERE compliant)::int AS compliant,
           0 AS responses, 0 AS csat_answers, 0 AS satisfied, 0 AS nps_answers, 0 AS promoters, 0 AS detractors
    FROM tickets GROUP BY ${SERVICE_GROUPS}
    UNION ALL
    SELECT ${SERVICE_KIND}, ${SERVICE_KEY}, 0, 0, NULL, NULL, 0, count(*)::int, count(csat)::int,
           count(*) FILTER (WHERE csat >= ${satisfied})::int, count(nps)::int,
           count(*) FILTER (WHERE nps >= ${promoter})::int, count(*) FILTER (WHERE nps <= ${detractor})::int
    FROM answers GROUP BY ${SERVICE_GROUPS}`;
}
