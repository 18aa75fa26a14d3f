import type { DataSource, EntityManager } from 'typeorm';
import { isUuid, normaliseAmount } from '@crm/db';
import type { ChurnRiskReason } from '../domain/churn-risk';
import type { Quintile, RfmFigures, RfmScore } from '../domain/rfm';
import { customerIdSpanOf } from './customer-id-span';

/** The reporting currency every score's money is in (reporting_settings). */
export async function reportingCurrencyOf(manager: EntityManager): Promise<string> {
  const [row]: { reporting_currency: string }[] = await manager.query(
    'SELECT reporting_currency FROM reporting_settings',
  );
  return row.reporting_currency.trim();
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

/**
 * Locks the score rows of these customers for the change (a placeholder row first for a customer
 * never scored, replaced before the commit), so a nightly batch and an event never both announce one
 * customer's risk. Row locks, not advisory ones: a batch of 10,000 would overflow the lock table.
 * Answers who the churn loop last announced at risk.
 */
export async function lockScoresOf(
  manager: EntityManager,
  customerIds: string[],
  currency: string,
  now: Date,
): Promise<Set<string>> {
  await manager.query(
    `INSERT INTO customer_scores (customer_id, purchases, monetary, currency, churn_risk, churn_reasons, scored_at)
     SELECT id, 0, 0, $2, 0, '[]', $3 FROM unnest($1::uuid[]) AS id ORDER BY id
     ON CONFLICT (customer_id) DO NOTHING`,
    [customerIds, currency, now],
  );
  const span = customerIdSpanOf(customerIds);
  const rows: { customer_id: string; at_risk: boolean }[] = await manager.query(
    `SELECT customer_id, at_risk FROM customer_scores
     WHERE customer_id BETWEEN $2 AND $3 AND customer_id = ANY($1::uuid[])
     ORDER BY customer_id FOR UPDATE`,
    [span.ids, span.first, span.last],
  );
  return new Set(rows.filter((row) => row.at_risk).map((row) => row.customer_id));
}

/** Writes many customers' scores in one statement. */
export async function saveScores(manager: EntityManager, scores: CustomerScoreRow[]): Promise<void> {
  if (scores.length === 0) return;
  const span = customerIdSpanOf(scores.map((score) => score.customerId));
  const records = scores.map((score) => ({
    customer_id: score.customerId,
    purchases: score.purchases,
    last_purchase_at: score.lastPurchaseAt,
    monetary: score.monetary,
    recency_score: score.rfm?.recency ?? null,
    frequency_score: score.rfm?.frequency ?? null,
    monetary_score: score.rfm?.monetary ?? null,
    clv: score.clv,
    currency: score.currency,
    churn_risk: score.churnRisk,
    churn_reasons: score.churnReasons,
    at_risk: score.atRisk,
    scored_at: score.scoredAt,
  }));
  await manager.query(
    `UPDATE customer_scores s SET purchases = v.purchases, last_purchase_at = v.last_purchase_at,
       monetary = v.monetary, recency_score = v.recency_score, frequency_score = v.frequency_score,
       monetary_score = v.monetary_score, clv = v.clv, currency = v.currency, churn_risk = v.churn_risk,
       churn_reasons = v.churn_reasons, at_risk = v.at_risk, scored_at = v.scored_at
     FROM jsonb_to_recordset($1::jsonb) AS v(customer_id uuid, purchases integer, last_purchase_at timestamptz,
       monetary numeric, recency_score smallint, frequency_score smallint, monetary_score smallint,
       clv numeric, currency char(3), churn_risk numeric, churn_reasons jsonb, at_risk boolean,
       scored_at timestamptz)
     WHERE s.customer_id = v.customer_id AND s.customer_id BETWEEN $2 AND $3`,
    [JSON.stringify(records), span.first, span.last],
  );
}

export interface RankedFigures {
  customerId: string;
  figures: RfmFigures | null;
  rfm: RfmScore | null;
}

/** The next customers after `after` in id order, with their RFM figures and scores, locked. */
export async function rfmFiguresAfter(
  manager: EntityManager,
  after: string | null,
  limit: number,
): Promise<RankedFigures[]> {
  const rows: (ScoreRecord & { purchases: number; last_purchase_at: Date | null; monetary: string })[] =
    await manager.query(
      `SELECT customer_id, purchases, last_purchase_at, monetary::text, recency_score, frequency_score,
              monetary_score
       FROM customer_scores WHERE $1::uuid IS NULL OR customer_id > $1
       ORDER BY customer_id LIMIT $2 FOR UPDATE`,
      [after, limit],
    );
  return rows.map((row) => ({
    customerId: row.customer_id,
    figures:
      row.purchases > 0 && row.last_purchase_at
        ? { lastPurchaseAt: row.last_purchase_at, purchases: row.purchases, monetary: row.monetary }
        : null,
    rfm: rfmOf(row),
  }));
}

export async function saveRfmScores(
  manager: EntityManager,
  scores: { customerId: string; rfm: RfmScore | null }[],
): Promise<void> {
  if (scores.length === 0) return;
  const span = customerIdSpanOf(scores.map((score) => score.customerId));
  await manager.query(
    `UPDATE customer_scores s SET recency_score = v.r, frequency_score = v.f, monetary_score = v.m
     FROM unnest($1::uuid[], $2::smallint[], $3::smallint[], $4::smallint[]) AS v(id, r, f, m)
     WHERE s.customer_id = v.id AND s.customer_id BETWEEN $5 AND $6`,
    [
      scores.map((score) => score.customerId),
      scores.map((score) => score.rfm?.recency ?? null),
      scores.map((score) => score.rfm?.frequency ?? null),
      scores.map((score) => score.rfm?.monetary ?? null),
      span.first,
      span.last,
    ],
  );
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

function rfmOf(
  row: Pick<ScoreRecord, 'recency_score' | 'frequency_score' | 'monetary_score'>,
): RfmScore | null {
  const { recency_score: r, frequency_score: f, monetary_score: m } = row;
  return r && f && m ? { recency: r, frequency: f, monetary: m, cell: `${r}${f}${m}` } : null;
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
      return [
        row.customer_id,
        {
          rfm: rfmOf(row),
          clv: row.clv === null ? null : { amount: normaliseAmount(row.clv), currency: row.currency.trim() },
          churnRisk: { score: Number(row.churn_risk), atRisk: row.at_risk, reasons: row.churn_reasons },
          scoredAt: row.scored_at,
        },
      ];
    }),
  );
}
