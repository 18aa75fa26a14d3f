import { CSAT_SATISFIED_FROM, NPS_DETRACTOR_UP_TO, NPS_PROMOTER_FROM } from '../domain/satisfaction-scores';
import type { CustomerRollup } from './customer-rollups';

const countedCustomers = (customers: string) =>
  `${customers} AND c.merged_into_id IS NULL AND c.created_at IS NOT NULL`;

/**
 * The service report's facts per region, queue, agent and day (the company's and a region's
 * figures), and the same per customer owner too (a rep's or a team's: owners times agents would
 * make the company's rows as many as its tickets): tickets by the day they opened, with the minutes
 * to first response and to resolution summed so averages stay exact, and survey answers by the day
 * they were given.
 */
export const SERVICE_DAYS: CustomerRollup = serviceRollup('report_service_days', []);
export const SERVICE_OWNER_DAYS: CustomerRollup = serviceRollup('report_service_owner_days', ['owner_id']);

function serviceRollup(table: string, owner: 'owner_id'[]): CustomerRollup {
  const dimensions = [...owner, 'region', 'queue_id', 'assignee_id', 'day'];
  const groups = dimensions.map((_, index) => index + 1).join(', ');
  return {
    table,
    keys: {
      ...(owner.length ? { owner_id: 'uuid' } : {}),
      region: 'text',
      queue_id: 'uuid',
      assignee_id: 'uuid',
      day: 'date',
    },
    measures: {
      tickets: 'int',
      resolved: 'int',
      first_responses: 'int',
      first_response_minutes: 'numeric',
      resolution_minutes: 'numeric',
      compliant: 'int',
      responses: 'int',
      csat_answers: 'int',
      satisfied: 'int',
      nps_answers: 'int',
      promoters: 'int',
      detractors: 'int',
    },
    contributionSql: (customers) => `
    WITH tickets AS (
      SELECT c.owner_id, c.region, t.queue_id, t.assignee_id, (t.opened_at AT TIME ZONE 'UTC')::date AS day,
             extract(epoch FROM t.first_responded_at - t.opened_at) / 60 AS first_response,
             extract(epoch FROM t.resolved_at - t.opened_at) / 60 AS resolution,
             NOT (t.first_response_breached OR t.resolution_breached) AS compliant
      FROM report_tickets t JOIN report_customers c ON c.customer_id = t.customer_id
      WHERE ${countedCustomers(customers)} AND t.opened_at IS NOT NULL
    ), answers AS (
      SELECT c.owner_id, c.region, r.queue_id, r.assignee_id, (r.responded_at AT TIME ZONE 'UTC')::date AS day, r.csat, r.nps
      FROM report_survey_responses r JOIN report_customers c ON c.customer_id = r.customer_id
      WHERE ${countedCustomers(customers)}
    ), facts AS (
      SELECT ${dimensions.join(', ')}, count(*)::int AS tickets, count(resolution)::int AS resolved,
             count(first_response)::int AS first_responses, coalesce(sum(first_response), 0) AS first_response_minutes,
             coalesce(sum(resolution), 0) AS resolution_minutes, (count(*) FILTER (WHERE compliant))::int AS compliant,
             0 AS responses, 0 AS csat_answers, 0 AS satisfied, 0 AS nps_answers, 0 AS promoters, 0 AS detractors
      FROM tickets GROUP BY ${groups}
      UNION ALL
      SELECT ${dimensions.join(', ')}, 0, 0, 0, 0, 0, 0, count(*)::int, count(csat)::int,
             (count(*) FILTER (WHERE csat >= ${CSAT_SATISFIED_FROM}))::int, count(nps)::int,
             (count(*) FILTER (WHERE nps >= ${NPS_PROMOTER_FROM}))::int, (count(*) FILTER (WHERE nps <= ${NPS_DETRACTOR_UP_TO}))::int
      FROM answers GROUP BY ${groups}
    )
    SELECT ${dimensions.join(', ')}, sum(tickets)::int AS tickets, sum(resolved)::int AS resolved,
           sum(first_responses)::int AS first_responses, sum(first_response_minutes) AS first_response_minutes,
           sum(resolution_minutes) AS resolution_minutes, sum(compliant)::int AS compliant, sum(responses)::int AS responses,
           sum(csat_answers)::int AS csat_answers, sum(satisfied)::int AS satisfied, sum(nps_answers)::int AS nps_answers,
           sum(promoters)::int AS promoters, sum(detractors)::int AS detractors
    FROM facts GROUP BY ${groups}`,
  };
}

export const SERVICE_ROLLUPS: CustomerRollup[] = [SERVICE_DAYS, SERVICE_OWNER_DAYS];
