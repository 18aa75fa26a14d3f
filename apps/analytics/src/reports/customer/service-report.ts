import type { DataSource } from 'typeorm';
import { percentOf } from '../../domain/report-percent';
import {
  CSAT_SATISFIED_FROM,
  csatScore,
  NPS_DETRACTOR_UP_TO,
  NPS_PROMOTER_FROM,
  netPromoterScore,
} from '../../domain/satisfaction-scores';
import type { ReportQuery } from '../report-definition';
import {
  bucketsOf,
  bucketSql,
  countedCustomersSql,
  periodBoundsSql,
  reportRows,
  SqlParameters,
} from './report-sql';

export interface ServiceFigures {
  key: string | null;
  tickets: number;
  resolved: number;
  averageFirstResponseMinutes: string | null;
  averageResolutionMinutes: string | null;
  slaCompliance: string | null;
  responses: number;
  csat: string | null;
  nps: string | null;
}

export interface ServiceReport {
  overall: ServiceFigures;
  byQueue: ServiceFigures[];
  byAgent: ServiceFigures[];
  byPeriod: ServiceFigures[];
}

type Kind = 'queue' | 'agent' | 'period' | 'overall';

interface Row {
  kind: Kind;
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

const GROUPS = `GROUPING SETS ((queue_id), (assignee_id), (bucket), ())`;
const KIND = `CASE WHEN GROUPING(queue_id) = 0 THEN 'queue' WHEN GROUPING(assignee_id) = 0 THEN 'agent'
                   WHEN GROUPING(bucket) = 0 THEN 'period' ELSE 'overall' END`;
const KEY = `coalesce(queue_id::text, assignee_id::text, bucket)`;

/** Tickets opened and survey answers given in the period, each cut by queue, agent and bucket. */
function serviceSql(query: ReportQuery, parameters: SqlParameters): string {
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
    SELECT ${KIND} AS kind, ${KEY} AS key, count(*)::int AS tickets, count(resolution)::int AS resolved,
           round(avg(first_response), 2)::text AS first_response, round(avg(resolution), 2)::text AS resolution,
           count(*) FILTER (WHERE compliant)::int AS compliant,
           0 AS responses, 0 AS csat_answers, 0 AS satisfied, 0 AS nps_answers, 0 AS promoters, 0 AS detractors
    FROM tickets GROUP BY ${GROUPS}
    UNION ALL
    SELECT ${KIND}, ${KEY}, 0, 0, NULL, NULL, 0, count(*)::int, count(csat)::int,
           count(*) FILTER (WHERE csat >= ${satisfied})::int, count(nps)::int,
           count(*) FILTER (WHERE nps >= ${promoter})::int, count(*) FILTER (WHERE nps <= ${detractor})::int
    FROM answers GROUP BY ${GROUPS}`;
}

function figuresOf(key: string | null, rows: Row[]): ServiceFigures {
  const sum = (field: keyof Row) => rows.reduce((total, row) => total + Number(row[field] ?? 0), 0);
  const measured = rows.find((row) => row.tickets > 0);
  const tickets = sum('tickets');
  const answers = { csat: sum('csat_answers'), nps: sum('nps_answers') };
  return {
    key,
    tickets,
    resolved: sum('resolved'),
    averageFirstResponseMinutes: measured?.first_response ?? null,
    averageResolutionMinutes: measured?.resolution ?? null,
    slaCompliance: percentOf(sum('compliant'), tickets),
    responses: sum('responses'),
    csat: csatScore(sum('satisfied'), answers.csat),
    nps: netPromoterScore(sum('promoters'), sum('detractors'), answers.nps),
  };
}

/** Ticket volume, times, SLA compliance, CSAT and NPS by queue, agent and period (issue 14 item 2). */
export async function serviceReport(dataSource: DataSource, query: ReportQuery): Promise<ServiceReport> {
  const parameters = new SqlParameters();
  const sql = serviceSql(query, parameters);
  const [rows, buckets]: [Row[], string[]] = await Promise.all([
    reportRows<Row>(dataSource, sql, parameters.values),
    bucketsOf(dataSource, query.period),
  ]);
  const breakdown = (kind: Kind) => {
    const keys = [...new Set(rows.filter((row) => row.kind === kind).map((row) => row.key))];
    return keys
      .map((key) =>
        figuresOf(
          key,
          rows.filter((row) => row.kind === kind && row.key === key),
        ),
      )
      .sort(
        (a, b) =>
          b.tickets - a.tickets || b.responses - a.responses || String(a.key).localeCompare(String(b.key)),
      );
  };
  const periodRows = (bucket: string) => rows.filter((row) => row.kind === 'period' && row.key === bucket);
  return {
    overall: figuresOf(
      null,
      rows.filter((row) => row.kind === 'overall'),
    ),
    byQueue: breakdown('queue'),
    byAgent: breakdown('agent'),
    byPeriod: buckets.map((bucket) => figuresOf(bucket, periodRows(bucket))),
  };
}
