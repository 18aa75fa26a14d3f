import Decimal from 'decimal.js';
import type { DataSource, EntityManager } from 'typeorm';
import { isUuid, normaliseAmount } from '@crm/db';
import type { ChurnRiskReason, SatisfactionAnswer } from '../domain/churn-risk';
import type { Quintile, RfmFigures, RfmScore } from '../domain/rfm';

const DAY = 86_400_000;

/** The reporting currency every score's money is in (reporting_settings). */
export async function reportingCurrencyOf(manager: EntityManager): Promise<string> {
  const [row]: { reporting_currency: string }[] = await manager.query(
    'SELECT reporting_currency FROM reporting_settings',
  );
  return row.reporting_currency.trim();
}

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

export async function scoreInputsOf(
  manager: EntityManager,
  customerId: string,
  currency: string,
  now: Date,
): Promise<ScoreInputs> {
  // Each amount converts at the rate of its payment's day (convert_amount, migration 1764000004600).
  const payments: PaymentRow[] = await manager.query(
    `SELECT order_id, received_at,
            convert_amount(amount, currency, $2, (received_at AT TIME ZONE 'UTC')::date)::text AS amount
     FROM customer_payments WHERE customer_id = $1`,
    [customerId, currency],
  );
  const [facts]: { created_at: Date | null; open_complaints: number; last_interaction_at: Date | null }[] =
    await manager.query(
      `SELECT (SELECT created_at FROM customer_facts WHERE customer_id = $1) AS created_at,
              (SELECT count(*)::int FROM customer_complaints WHERE customer_id = $1 AND opened_at IS NOT NULL
                 AND (done_at IS NULL OR reopened_at > done_at)) AS open_complaints,
              (SELECT max(occurred_at) FROM timeline_entries WHERE customer_id = $1 AND kind = 'INTERACTION')
                 AS last_interaction_at`,
      [customerId],
    );
  const [answer]: { csat_score: number | null; nps_score: number | null; responded_at: Date }[] =
    await manager.query(
      `SELECT csat_score, nps_score, responded_at FROM customer_survey_answers
       WHERE customer_id = $1 ORDER BY responded_at DESC LIMIT 1`,
      [customerId],
    );
  return {
    createdAt: facts.created_at,
    ...summarisePayments(payments, now),
    openComplaints: facts.open_complaints,
    latestSatisfaction: answer
      ? { csat: answer.csat_score, nps: answer.nps_score, respondedAt: answer.responded_at }
      : null,
    lastInteractionAt: facts.last_interaction_at,
  };
}

/** How many other customers of the base are at or below this one's figures, and how many there are. */
export async function rfmRankOf(manager: EntityManager, customerId: string, figures: RfmFigures) {
  const [row]: { recency: number; frequency: number; monetary: number; population: number }[] =
    await manager.query(
      `SELECT count(*) FILTER (WHERE last_purchase_at <= $2)::int AS recency,
              count(*) FILTER (WHERE purchases <= $3)::int AS frequency,
              count(*) FILTER (WHERE monetary <= $4)::int AS monetary,
              count(*)::int AS population
       FROM customer_scores WHERE purchases > 0 AND customer_id <> $1`,
      [customerId, figures.lastPurchaseAt, figures.purchases, figures.monetary],
    );
  return row;
}

export interface CustomerScoreRow {
  customerId: string;
  purchases: number;
  lastPurchaseAt: Date | null;
  monetary: string;
  rfm: RfmScore | null;
  clv: string | null;
  currency: string;
  churnRisk: number;
  churnReasons: ChurnRiskReason[];
  atRisk: boolean;
  scoredAt: Date;
}

/** Whether the churn loop last announced the customer at risk (false when never scored). */
export async function lockScoreOf(manager: EntityManager, customerId: string): Promise<boolean> {
  await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`analytics-score:${customerId}`]);
  const [row]: { at_risk: boolean }[] = await manager.query(
    'SELECT at_risk FROM customer_scores WHERE customer_id = $1',
    [customerId],
  );
  return row?.at_risk ?? false;
}

export async function saveScore(manager: EntityManager, score: CustomerScoreRow): Promise<void> {
  await manager.query(
    `INSERT INTO customer_scores (customer_id, purchases, last_purchase_at, monetary, recency_score, frequency_score,
       monetary_score, clv, currency, churn_risk, churn_reasons, at_risk, scored_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
     ON CONFLICT (customer_id) DO UPDATE SET purchases = EXCLUDED.purchases,
       last_purchase_at = EXCLUDED.last_purchase_at, monetary = EXCLUDED.monetary,
       recency_score = EXCLUDED.recency_score, frequency_score = EXCLUDED.frequency_score,
       monetary_score = EXCLUDED.monetary_score, clv = EXCLUDED.clv, currency = EXCLUDED.currency,
       churn_risk = EXCLUDED.churn_risk, churn_reasons = EXCLUDED.churn_reasons, at_risk = EXCLUDED.at_risk,
       scored_at = EXCLUDED.scored_at`,
    [
      score.customerId,
      score.purchases,
      score.lastPurchaseAt,
      score.monetary,
      score.rfm?.recency ?? null,
      score.rfm?.frequency ?? null,
      score.rfm?.monetary ?? null,
      score.clv,
      score.currency,
      score.churnRisk,
      JSON.stringify(score.churnReasons),
      score.atRisk,
      score.scoredAt,
    ],
  );
}

/** The RFM figures of every customer who bought, for the nightly ranking over the whole base. */
export async function rfmBase(manager: EntityManager): Promise<Map<string, RfmFigures>> {
  const rows: { customer_id: string; last_purchase_at: Date; purchases: number; monetary: string }[] =
    await manager.query(
      'SELECT customer_id, last_purchase_at, purchases, monetary::text FROM customer_scores WHERE purchases > 0',
    );
  return new Map(
    rows.map((row) => [
      row.customer_id,
      { lastPurchaseAt: row.last_purchase_at, purchases: row.purchases, monetary: row.monetary },
    ]),
  );
}

export async function saveRfmScores(manager: EntityManager, scores: Map<string, RfmScore>): Promise<void> {
  const entries = [...scores];
  for (let start = 0; start < entries.length; start += 1000) {
    const batch = entries.slice(start, start + 1000);
    await manager.query(
      `UPDATE customer_scores s SET recency_score = v.r, frequency_score = v.f, monetary_score = v.m
       FROM unnest($1::uuid[], $2::smallint[], $3::smallint[], $4::smallint[]) AS v(id, r, f, m)
       WHERE s.customer_id = v.id`,
      [
        batch.map(([id]) => id),
        batch.map(([, score]) => score.recency),
        batch.map(([, score]) => score.frequency),
        batch.map(([, score]) => score.monetary),
      ],
    );
  }
}

interface ScoreRecord {
  customer_id: string;
  recency_score: Quintile | null;
  frequency_score: Quintile | null;
  monetary_score: Quintile | null;
  clv: string | null;
  currency: string;
  churn_risk: string;
  churn_reasons: ChurnRiskReason[];
  at_risk: boolean;
  scored_at: Date;
}

export interface CustomerScores {
  rfm: RfmScore | null;
  clv: { amount: string; currency: string } | null;
  churnRisk: { score: number; atRisk: boolean; reasons: ChurnRiskReason[] };
  scoredAt: Date;
}

/** The scores of many customers in one query; a customer not scored yet is missing from the map. */
export async function scoresOfCustomers(
  dataSource: DataSource,
  customerIds: readonly string[],
): Promise<Map<string, CustomerScores>> {
  const rows: ScoreRecord[] = await dataSource.query(
    'SELECT * FROM customer_scores WHERE customer_id = ANY($1)',
    [customerIds.filter(isUuid)],
  );
  return new Map(
    rows.map((row) => {
      const { recency_score: r, frequency_score: f, monetary_score: m } = row;
      return [
        row.customer_id,
        {
          rfm: r && f && m ? { recency: r, frequency: f, monetary: m, cell: `${r}${f}${m}` } : null,
          clv: row.clv === null ? null : { amount: normaliseAmount(row.clv), currency: row.currency.trim() },
          churnRisk: { score: Number(row.churn_risk), atRisk: row.at_risk, reasons: row.churn_reasons },
          scoredAt: row.scored_at,
        },
      ];
    }),
  );
}
