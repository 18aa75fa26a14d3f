import type { DataSource } from 'typeorm';
import { isUuid } from '@crm/db';
import { DETRACTOR_UP_TO, PROMOTER_FROM, SATISFIED_FROM, type ScoreCounts } from '../domain/survey-scores';
import type { SatisfactionFilter } from '../domain/survey-report-filter';

/** The counts of one group of a report: all responses, one queue, one agent or one period. */
export interface GroupCounts {
  group: 'ALL' | 'QUEUE' | 'AGENT' | 'PERIOD';
  queueId: string | null;
  assigneeId: string | null;
  periodStart: Date | null;
  counts: ScoreCounts;
}

interface CountRow {
  by_queue: number;
  by_agent: number;
  by_period: number;
  queue_id: string | null;
  assignee_id: string | null;
  period_start: Date | null;
  csat_answers: string;
  satisfied: string;
  nps_answers: string;
  promoters: string;
  detractors: string;
}

const groupOf = (row: CountRow): GroupCounts['group'] =>
  row.by_queue === 0 ? 'QUEUE' : row.by_agent === 0 ? 'AGENT' : row.by_period === 0 ? 'PERIOD' : 'ALL';

/**
 * The score counts of the responses answered in [from, to), overall and per queue, agent and
 * period, in one pass (GROUPING SETS): GROUPING(col) is 0 in the rows grouped by that column.
 * Periods start at UTC midnight, on Mondays (ISO weeks) or on the first of the month.
 */
export async function countSatisfaction(
  dataSource: DataSource,
  filter: SatisfactionFilter,
): Promise<GroupCounts[]> {
  const params: unknown[] = [
    filter.from,
    filter.to,
    filter.period.toLowerCase(),
    SATISFIED_FROM,
    PROMOTER_FROM,
    DETRACTOR_UP_TO,
  ];
  const conditions = ['responded_at >= $1', 'responded_at < $2'];
  if (filter.queueId) conditions.push(`queue_id = $${params.push(filter.queueId)}`);
  if (filter.assigneeId) conditions.push(`assignee_id = $${params.push(filter.assigneeId)}`);
  const rows: CountRow[] = await dataSource.query(
    `SELECT GROUPING(queue_id) AS by_queue, GROUPING(assignee_id) AS by_agent, GROUPING(period_start) AS by_period,
            queue_id, assignee_id, period_start,
            count(csat_score) AS csat_answers, count(*) FILTER (WHERE csat_score >= $4) AS satisfied,
            count(nps_score) AS nps_answers, count(*) FILTER (WHERE nps_score >= $5) AS promoters,
            count(*) FILTER (WHERE nps_score <= $6) AS detractors
       FROM (SELECT *, date_trunc($3, responded_at AT TIME ZONE 'UTC') AT TIME ZONE 'UTC' AS period_start
               FROM survey_responses WHERE ${conditions.join(' AND ')}) responses
      GROUP BY GROUPING SETS ((), (queue_id), (assignee_id), (period_start))
      ORDER BY period_start, queue_id, assignee_id`,
    params,
  );
  return rows.map((row) => ({
    group: groupOf(row),
    queueId: row.queue_id,
    assigneeId: row.assignee_id,
    periodStart: row.period_start,
    counts: {
      csatAnswers: Number(row.csat_answers),
      satisfied: Number(row.satisfied),
      npsAnswers: Number(row.nps_answers),
      promoters: Number(row.promoters),
      detractors: Number(row.detractors),
    },
  }));
}

export interface CustomerScore {
  customerId: string;
  csatScore: number | null;
  npsScore: number | null;
  respondedAt: Date;
}

/** Every scored response of these customers, newest first per customer (a customer has few). */
export async function scoresOfCustomers(
  dataSource: DataSource,
  customerIds: string[],
): Promise<CustomerScore[]> {
  const rows: {
    customer_id: string;
    csat_score: number | null;
    nps_score: number | null;
    responded_at: Date;
  }[] = await dataSource.query(
    `SELECT customer_id, csat_score, nps_score, responded_at FROM survey_responses
        WHERE customer_id = ANY($1::uuid[]) ORDER BY customer_id, responded_at DESC, id DESC`,
    [customerIds.filter(isUuid)],
  );
  return rows.map((row) => ({
    customerId: row.customer_id,
    csatScore: row.csat_score,
    npsScore: row.nps_score,
    respondedAt: row.responded_at,
  }));
}
