import Decimal from 'decimal.js';
import type { EntityManager } from 'typeorm';
import type { SatisfactionAnswer } from '../domain/churn-risk';
import { customerIdSpanOf, type CustomerIdSpan } from './customer-id-span';

const DAY = 86_400_000;

/** What one customer's scores are computed from, as of `now`. */
export interface ScoreInputs {
  createdAt: Date | null;
  /** Each order's first payment. */
  purchaseDates: Date[];
  /** All payments, in the reporting currency. */
  monetary: string;
  spendLastYear: string;
  spendYearBefore: string;
  /** Some payment had no exchange rate to the reporting currency: the sums leave it out. */
  unconverted: boolean;
  openComplaints: number;
  latestSatisfaction: SatisfactionAnswer | null;
  lastInteractionAt: Date | null;
}

interface PaymentRow {
  customer_id: string;
  order_id: string;
  received_at: Date;
  amount: string | null;
}

function summarisePayments(rows: PaymentRow[], now: Date) {
  const firstPaid = new Map<string, Date>();
  const sums = { monetary: new Decimal(0), lastYear: new Decimal(0), yearBefore: new Decimal(0) };
  const yearAgo = now.getTime() - 365 * DAY;
  for (const row of rows) {
    const seen = firstPaid.get(row.order_id);
    if (!seen || row.received_at < seen) firstPaid.set(row.order_id, row.received_at);
    if (row.amount === null) continue;
    sums.monetary = sums.monetary.plus(row.amount);
    const time = row.received_at.getTime();
    if (time > yearAgo && time <= now.getTime()) sums.lastYear = sums.lastYear.plus(row.amount);
    else if (time > yearAgo - 365 * DAY && time <= yearAgo)
      sums.yearBefore = sums.yearBefore.plus(row.amount);
  }
  return {
    purchaseDates: [...firstPaid.values()],
    monetary: sums.monetary.toFixed(),
    spendLastYear: sums.lastYear.toFixed(),
    spendYearBefore: sums.yearBefore.toFixed(),
    unconverted: rows.some((row) => row.amount === null),
  };
}

function groupByCustomer<T extends { customer_id: string }>(rows: T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const group = groups.get(row.customer_id);
    if (group) group.push(row);
    else groups.set(row.customer_id, [row]);
  }
  return groups;
}

function paymentsOf(
  manager: EntityManager,
  customers: CustomerIdSpan,
  currency: string,
): Promise<PaymentRow[]> {
  // Each amount converts at the rate of its payment's day (convert_amount, migration 1764000004600),
  // called only across currencies: a call per row costs more than reading the row.
  return manager.query(
    `SELECT customer_id, order_id, received_at,
            CASE WHEN currency = $4 THEN amount
                 ELSE convert_amount(amount, currency, $4, (received_at AT TIME ZONE 'UTC')::date) END::text AS amount
     FROM customer_payments WHERE customer_id BETWEEN $2 AND $3 AND customer_id = ANY($1::uuid[])`,
    [customers.ids, customers.first, customers.last, currency],
  );
}

interface FactsRow {
  customer_id: string;
  created_at: Date | null;
  open_complaints: number;
  last_interaction_at: Date | null;
  csat_score: number | null;
  nps_score: number | null;
  responded_at: Date | null;
}

/** Per customer: creation, open complaints, last interaction and latest survey answer. */
function factsOf(manager: EntityManager, customers: CustomerIdSpan): Promise<FactsRow[]> {
  return manager.query(
    `SELECT id AS customer_id, f.created_at, coalesce(c.open_complaints, 0)::int AS open_complaints,
            t.last_interaction_at, s.csat_score, s.nps_score, s.responded_at
     FROM unnest($1::uuid[]) AS id
     LEFT JOIN customer_facts f ON f.customer_id = id AND f.customer_id BETWEEN $2 AND $3
     LEFT JOIN (SELECT customer_id, count(*) AS open_complaints FROM customer_complaints
                WHERE customer_id BETWEEN $2 AND $3 AND customer_id = ANY($1::uuid[]) AND opened_at IS NOT NULL
                  AND (done_at IS NULL OR reopened_at > done_at)
                GROUP BY customer_id) c ON c.customer_id = id
     LEFT JOIN (SELECT customer_id, max(occurred_at) AS last_interaction_at FROM timeline_entries
                WHERE customer_id BETWEEN $2 AND $3 AND customer_id = ANY($1::uuid[]) AND kind = 'INTERACTION'
                GROUP BY customer_id) t ON t.customer_id = id
     LEFT JOIN (SELECT DISTINCT ON (customer_id) customer_id, csat_score, nps_score, responded_at
                FROM customer_survey_answers WHERE customer_id BETWEEN $2 AND $3 AND customer_id = ANY($1::uuid[])
                ORDER BY customer_id, responded_at DESC) s ON s.customer_id = id`,
    [customers.ids, customers.first, customers.last],
  );
}

/** The inputs of many customers at once, in a fixed number of queries whatever their number. */
export async function scoreInputsOfCustomers(
  manager: EntityManager,
  customerIds: string[],
  currency: string,
  now: Date,
): Promise<Map<string, ScoreInputs>> {
  const customers = customerIdSpanOf(customerIds);
  const payments = groupByCustomer(await paymentsOf(manager, customers, currency));
  const facts = await factsOf(manager, customers);
  return new Map(
    facts.map((row) => [
      row.customer_id,
      {
        createdAt: row.created_at,
        ...summarisePayments(payments.get(row.customer_id) ?? [], now),
        openComplaints: row.open_complaints,
        latestSatisfaction: row.responded_at
          ? { csat: row.csat_score, nps: row.nps_score, respondedAt: row.responded_at }
          : null,
        lastInteractionAt: row.last_interaction_at,
      },
    ]),
  );
}
