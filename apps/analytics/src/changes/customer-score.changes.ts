import type { EntityManager } from 'typeorm';
import type { AnyCloudEvent, EventOrigin } from '@crm/events';
import { appendBatchToOutbox } from '@crm/messaging';
import { currentCustomerOf } from '../data/customer-fact.repository';
import {
  lockScoresOf,
  reportingCurrencyOf,
  saveScores,
  type CustomerScoreRow,
} from '../data/customer-score.repository';
import { scoreInputsOfCustomers, type ScoreInputs } from '../data/customer-score-inputs.repository';
import {
  rfmBoundariesOfBase,
  saveRfmBoundaries,
  storedRfmBoundaries,
} from '../data/rfm-boundaries.repository';
import type { ScoreSettings } from '../data/score-settings';
import { churnRiskMove, churnRiskOf } from '../domain/churn-risk';
import { customerLifetimeValue } from '../domain/clv';
import { rfmScoreAgainst, type RfmBoundaries, type RfmFigures } from '../domain/rfm';
import { churnRiskCleared, churnRiskDetected } from '../events/churn-risk.events';

/** What a score refresh needs besides the customers: when it is, why, and the tuning. */
export interface ScoreRun {
  now: Date;
  origin: EventOrigin;
  settings: ScoreSettings;
}

/**
 * Below this many customers who bought, an event ranks against the base as it is (a scan of a few
 * hundred rows, and a day-old ranking of a handful of customers says little); from it on, against
 * the cuts the nightly job keeps.
 */
const STORED_CUTS_FROM_POPULATION = 1000;

function rfmFiguresOf(inputs: ScoreInputs): RfmFigures | null {
  if (inputs.purchaseDates.length === 0) return null;
  const last = Math.max(...inputs.purchaseDates.map((date) => date.getTime()));
  return {
    lastPurchaseAt: new Date(last),
    purchases: inputs.purchaseDates.length,
    monetary: inputs.monetary,
  };
}

interface Scored {
  row: CustomerScoreRow;
  announcement: AnyCloudEvent | null;
}

function scoreCustomer(
  customerId: string,
  inputs: ScoreInputs,
  wasAtRisk: boolean,
  context: { run: ScoreRun; boundaries: RfmBoundaries; currency: string },
): Scored {
  const { run, boundaries, currency } = context;
  const figures = rfmFiguresOf(inputs);
  const risk = churnRiskOf({
    ...inputs,
    now: run.now,
    lastContactAt: inputs.lastInteractionAt ?? inputs.createdAt,
  });
  const { churnRiskThreshold: threshold } = run.settings;
  const move = churnRiskMove(wasAtRisk, risk.score, threshold);
  const row: CustomerScoreRow = {
    customerId,
    purchases: figures?.purchases ?? 0,
    lastPurchaseAt: figures?.lastPurchaseAt ?? null,
    monetary: inputs.monetary,
    rfm: figures ? rfmScoreAgainst(figures, boundaries) : null,
    // A payment without an exchange rate would make the value wrong, not smaller: none then.
    clv: inputs.unconverted ? null : customerLifetimeValue(inputs.spendLastYear, run.settings.clv),
    currency,
    churnRisk: risk.score,
    churnReasons: risk.reasons,
    atRisk: move ? move === 'DETECTED' : wasAtRisk,
    scoredAt: run.now,
  };
  const announcement =
    move === 'DETECTED'
      ? churnRiskDetected(customerId, risk, threshold, run.now, run.origin)
      : move === 'CLEARED'
        ? churnRiskCleared(customerId, risk, threshold, run.now, run.origin)
        : null;
  return { row, announcement: announcement as AnyCloudEvent | null };
}

/**
 * Recomputes these customers' scores from the facts kept so far, RFM against `boundaries`, and runs
 * the churn loop's edge: churn_risk_detected when a score reaches the threshold, churn_risk_cleared
 * when it falls below again, appended to the outbox in this transaction. A fixed number of queries
 * whatever the number of customers: an event passes one, the nightly job a batch. Returns how many
 * were announced.
 */
export async function refreshCustomerScores(
  manager: EntityManager,
  customerIds: string[],
  run: ScoreRun,
  boundaries: RfmBoundaries,
): Promise<number> {
  if (customerIds.length === 0) return 0;
  // Lower case, as Postgres gives uuids back: the key of every map below.
  const ids = [...new Set(customerIds.map((customerId) => customerId.toLowerCase()))];
  const currency = await reportingCurrencyOf(manager);
  const atRisk = await lockScoresOf(manager, ids, currency, run.now);
  const inputs = await scoreInputsOfCustomers(manager, ids, currency, run.now);
  const scored = ids.map((customerId) =>
    scoreCustomer(customerId, inputs.get(customerId)!, atRisk.has(customerId), { run, boundaries, currency }),
  );
  await saveScores(
    manager,
    scored.map((one) => one.row),
  );
  const announcements = scored.flatMap((one) => (one.announcement ? [one.announcement] : []));
  await appendBatchToOutbox(manager, announcements);
  return announcements.length;
}

/** The cuts an event scores against: the kept ones, or the base's own while it is small or none are kept. */
async function rfmBoundariesForEvent(manager: EntityManager, now: Date): Promise<RfmBoundaries> {
  const stored = await storedRfmBoundaries(manager);
  if (stored && stored.population >= STORED_CUTS_FROM_POPULATION) return stored;
  const fresh = await rfmBoundariesOfBase(manager);
  if (fresh.population >= STORED_CUTS_FROM_POPULATION) await saveRfmBoundaries(manager, fresh, now);
  return fresh;
}

/** One customer's scores after an event that changes them; a merged or erased customer is not scored. */
export async function refreshCustomerScore(
  manager: EntityManager,
  customerId: string,
  run: ScoreRun,
): Promise<void> {
  const current = await currentCustomerOf(manager, customerId);
  if (current.erased || current.customerId !== customerId) return;
  await refreshCustomerScores(manager, [customerId], run, await rfmBoundariesForEvent(manager, run.now));
}
