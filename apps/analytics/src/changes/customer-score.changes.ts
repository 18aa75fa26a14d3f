import type { EntityManager } from 'typeorm';
import type { EventOrigin } from '@crm/events';
import { appendToOutbox } from '@crm/messaging';
import { currentCustomerOf } from '../data/customer-fact.repository';
import {
  lockScoreOf,
  reportingCurrencyOf,
  rfmRankOf,
  saveScore,
  scoreInputsOf,
  type ScoreInputs,
} from '../data/customer-score.repository';
import type { ScoreSettings } from '../data/score-settings';
import { churnRiskMove, churnRiskOf } from '../domain/churn-risk';
import { customerLifetimeValue } from '../domain/clv';
import { quintileOf, rfmCell, type RfmFigures, type RfmScore } from '../domain/rfm';
import { churnRiskCleared, churnRiskDetected } from '../events/churn-risk.events';

/** What a score refresh needs besides the customer: when it is, why, and the tuning. */
export interface ScoreRun {
  now: Date;
  origin: EventOrigin;
  settings: ScoreSettings;
}

async function rfmAgainstBase(
  manager: EntityManager,
  customerId: string,
  figures: RfmFigures,
): Promise<RfmScore> {
  const rank = await rfmRankOf(manager, customerId, figures);
  // The customer counts in the base too, at or below its own figures.
  const population = rank.population + 1;
  const recency = quintileOf(rank.recency + 1, population);
  const frequency = quintileOf(rank.frequency + 1, population);
  const monetary = quintileOf(rank.monetary + 1, population);
  return { recency, frequency, monetary, cell: rfmCell(recency, frequency, monetary) };
}

function rfmFiguresOf(inputs: ScoreInputs): RfmFigures | null {
  if (inputs.purchaseDates.length === 0) return null;
  const last = Math.max(...inputs.purchaseDates.map((date) => date.getTime()));
  return {
    lastPurchaseAt: new Date(last),
    purchases: inputs.purchaseDates.length,
    monetary: inputs.monetary,
  };
}

/**
 * Recomputes one customer's scores from the facts kept so far (after an event that changes them,
 * and nightly for everyone), and runs the churn loop's edge: churn_risk_detected when the score
 * reaches the threshold, churn_risk_cleared when it falls below again, appended to the outbox in
 * this transaction. A merged or erased customer is not scored.
 */
export async function refreshCustomerScore(
  manager: EntityManager,
  customerId: string,
  run: ScoreRun,
): Promise<void> {
  const current = await currentCustomerOf(manager, customerId);
  if (current.erased || current.customerId !== customerId) return;
  const wasAtRisk = await lockScoreOf(manager, customerId);
  const currency = await reportingCurrencyOf(manager);
  const inputs = await scoreInputsOf(manager, customerId, currency, run.now);
  const figures = rfmFiguresOf(inputs);
  const risk = churnRiskOf({
    ...inputs,
    now: run.now,
    lastContactAt: inputs.lastInteractionAt ?? inputs.createdAt,
  });
  const { churnRiskThreshold: threshold } = run.settings;
  const move = churnRiskMove(wasAtRisk, risk.score, threshold);
  await saveScore(manager, {
    customerId,
    purchases: figures?.purchases ?? 0,
    lastPurchaseAt: figures?.lastPurchaseAt ?? null,
    monetary: inputs.monetary,
    rfm: figures ? await rfmAgainstBase(manager, customerId, figures) : null,
    // A payment without an exchange rate would make the value wrong, not smaller: none then.
    clv: inputs.unconverted ? null : customerLifetimeValue(inputs.spendLastYear, run.settings.clv),
    currency,
    churnRisk: risk.score,
    churnReasons: risk.reasons,
    atRisk: move ? move === 'DETECTED' : wasAtRisk,
    scoredAt: run.now,
  });
  if (move === 'DETECTED')
    await appendToOutbox(manager, [churnRiskDetected(customerId, risk, threshold, run.now, run.origin)]);
  if (move === 'CLEARED')
    await appendToOutbox(manager, [churnRiskCleared(customerId, risk, threshold, run.now, run.origin)]);
}
