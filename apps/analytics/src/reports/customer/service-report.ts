import type { DataSource } from 'typeorm';
import { percentOf } from '../../domain/report-percent';
import { csatScore, netPromoterScore } from '../../domain/satisfaction-scores';
import type { ReportQuery } from '../report-definition';
import { bucketsOf, reportRows, SqlParameters } from './report-sql';
import { servicePerCustomerSql, type ServiceRow } from './service-per-customer-sql';
import { serviceRollupSql } from './service-rollup-sql';

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

/**
 * The roll-up answers without a segment filter; one segment's tickets are read one by one (the
 * roll-up does not filter on a segment).
 */
function serviceSql(query: ReportQuery, parameters: SqlParameters): string {
  return query.filter.segmentId
    ? servicePerCustomerSql(query, parameters)
    : serviceRollupSql(query, parameters);
}

function figuresOf(key: string | null, rows: ServiceRow[]): ServiceFigures {
  const sum = (field: keyof ServiceRow) => rows.reduce((total, row) => total + Number(row[field] ?? 0), 0);
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
  const [rows, buckets]: [ServiceRow[], string[]] = await Promise.all([
    reportRows<ServiceRow>(dataSource, sql, parameters.values),
    bucketsOf(dataSource, query.period),
  ]);
  const breakdown = (kind: ServiceRow['kind']) => {
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
