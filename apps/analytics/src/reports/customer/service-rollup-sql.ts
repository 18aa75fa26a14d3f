import { visibleOwnerIds } from '@crm/permissions';
import type { ReportQuery } from '../report-definition';
import { bucketSql, rollupFilterSql, type SqlParameters } from './report-sql';
import { SERVICE_GROUPS, SERVICE_KEY, SERVICE_KIND } from './service-per-customer-sql';

/**
 * The service report from its roll-ups (apps/analytics/src/data/service-rollups.ts), per owner
 * when owners are chosen: the period's days cut by queue, agent and bucket, averages from the summed minutes. Returns the rows
 * servicePerCustomerSql returns (the overall rows even when there is nothing).
 */
export function serviceRollupSql(query: ReportQuery, parameters: SqlParameters): string {
  const { ownerId, teamId } = query.filter;
  const byOwner = ownerId || teamId || visibleOwnerIds(query.caller, query.scope);
  const table = byOwner ? 'report_service_owner_days' : 'report_service_days';
  const days = rollupFilterSql(query, parameters, 's');
  const from = `${parameters.add(query.period.from)}::date`;
  const to = `${parameters.add(query.period.to)}::date`;
  const bucket = bucketSql('s.day', parameters, query.period);
  const counted = (measure: string) => `coalesce(sum(${measure}), 0)::int`;
  const overallOr = (condition: string) => `${condition} OR GROUPING(queue_id, assignee_id, bucket) = 7`;
  return `
    WITH facts AS (
      SELECT s.*, ${bucket} AS bucket FROM ${table} s WHERE ${days} AND s.day BETWEEN ${from} AND ${to}
    )
    SELECT ${SERVICE_KIND} AS kind, ${SERVICE_KEY} AS key, ${counted('tickets')} AS tickets,
           ${counted('resolved')} AS resolved,
           round(sum(first_response_minutes) / nullif(sum(first_responses), 0), 2)::text AS first_response,
           round(sum(resolution_minutes) / nullif(sum(resolved), 0), 2)::text AS resolution,
           ${counted('compliant')} AS compliant,
           0 AS responses, 0 AS csat_answers, 0 AS satisfied, 0 AS nps_answers, 0 AS promoters, 0 AS detractors
    FROM facts GROUP BY ${SERVICE_GROUPS} HAVING ${overallOr('sum(tickets) > 0')}
    UNION ALL
    SELECT ${SERVICE_KIND}, ${SERVICE_KEY}, 0, 0, NULL, NULL, 0, ${counted('responses')}, ${counted('csat_answers')},
           ${counted('satisfied')}, ${counted('nps_answers')}, ${counted('promoters')}, ${counted('detractors')}
    FROM facts GROUP BY ${SERVICE_GROUPS} HAVING ${overallOr('sum(responses) > 0')}`;
}
