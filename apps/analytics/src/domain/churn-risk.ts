import Decimal from 'decimal.js';
import type { EventPayload } from '@crm/events';

export type ChurnRiskReason = EventPayload<'crm.analytics.customer.churn_risk_detected'>['reasons'][number];

/**
 * An explainable churn-risk score, 0..1: the sum of five signals, each capped at its weight (the
 * weights add up to 1), so every reason says how much of the score it is and why.
 */
export const CHURN_RISK_WEIGHTS = {
  OVERDUE_REPURCHASE: '0.35',
  FALLING_SPEND: '0.15',
  /** Per open complaint, for at most MAX_COUNTED_COMPLAINTS. */
  OPEN_COMPLAINTS: '0.15',
  LOW_SATISFACTION: '0.1',
  SILENCE: '0.1',
} as const;

const MAX_COUNTED_COMPLAINTS = 2;
/** The repurchase interval assumed of a customer with a single purchase. */
export const FIRST_REPURCHASE_DAYS = 90;
/** Overdue counts from the usual interval on and is full at three times it. */
const OVERDUE_FULL_RATIO = 3;
/** Silence counts after 60 days without an interaction and is full at 180. */
const SILENCE_FROM_DAYS = 60;
const SILENCE_FULL_DAYS = 180;
/** Only survey answers of the last year speak for the customer now. */
const SATISFACTION_MAX_AGE_DAYS = 365;

const DAY = 86_400_000;

export interface SatisfactionAnswer {
  /** 1–5. */
  csat: number | null;
  /** 0–10. */
  nps: number | null;
  respondedAt: Date;
}

export interface ChurnRiskInputs {
  now: Date;
  /** When each of the customer's orders was first paid, in any order. */
  purchaseDates: readonly Date[];
  /** Spend in the reporting currency over the last 12 months and the 12 before, exact. */
  spendLastYear: string;
  spendYearBefore: string;
  openComplaints: number;
  latestSatisfaction: SatisfactionAnswer | null;
  /** The last interaction, or the customer's creation when there was none. */
  lastContactAt: Date | null;
}

export interface ChurnRisk {
  score: number;
  /** Signals that contributed, largest first; their contributions add up to the score. */
  reasons: ChurnRiskReason[];
}

const clamp01 = (value: Decimal) => Decimal.min(1, Decimal.max(0, value));
const daysBetween = (from: Date, to: Date) => Math.floor((to.getTime() - from.getTime()) / DAY);

type Signal = { contribution: Decimal; detail: string } | null;

function overdueRepurchase({ now, purchaseDates }: ChurnRiskInputs): Signal {
  if (purchaseDates.length === 0) return null;
  const times = purchaseDates.map((date) => date.getTime()).sort((a, b) => a - b);
  const usualDays =
    times.length < 2
      ? FIRST_REPURCHASE_DAYS
      : Math.max(1, Math.round((times.at(-1)! - times[0]) / DAY / (times.length - 1)));
  const sinceDays = daysBetween(new Date(times.at(-1)!), now);
  const share = clamp01(
    new Decimal(sinceDays)
      .dividedBy(usualDays)
      .minus(1)
      .dividedBy(OVERDUE_FULL_RATIO - 1),
  );
  return {
    contribution: share.times(CHURN_RISK_WEIGHTS.OVERDUE_REPURCHASE),
    detail: `No purchase for ${sinceDays} days, usually every ${usualDays}`,
  };
}

function fallingSpend({ spendLastYear, spendYearBefore }: ChurnRiskInputs): Signal {
  const before = new Decimal(spendYearBefore);
  const last = new Decimal(spendLastYear);
  if (before.lte(0) || last.gte(before)) return null;
  const drop = before.minus(last).dividedBy(before);
  return {
    contribution: drop.times(CHURN_RISK_WEIGHTS.FALLING_SPEND),
    detail: `Spent ${last.toFixed(2)} in the last 12 months against ${before.toFixed(2)} the 12 before (−${drop.times(100).toDecimalPlaces(0).toFixed()} %)`,
  };
}

function openComplaints({ openComplaints: count }: ChurnRiskInputs): Signal {
  if (count <= 0) return null;
  return {
    contribution: new Decimal(Math.min(count, MAX_COUNTED_COMPLAINTS)).times(
      CHURN_RISK_WEIGHTS.OPEN_COMPLAINTS,
    ),
    detail: count === 1 ? '1 open complaint' : `${count} open complaints`,
  };
}

function lowSatisfaction({ now, latestSatisfaction: answer }: ChurnRiskInputs): Signal {
  if (!answer || daysBetween(answer.respondedAt, now) > SATISFACTION_MAX_AGE_DAYS) return null;
  // CSAT 1 is full, 2 half; an NPS detractor (0–6) counts (7 − nps) / 7.
  const csatShare =
    answer.csat !== null && answer.csat <= 2 ? new Decimal(3 - answer.csat).dividedBy(2) : null;
  const npsShare = answer.nps !== null && answer.nps <= 6 ? new Decimal(7 - answer.nps).dividedBy(7) : null;
  if (!csatShare && !npsShare) return null;
  const share = Decimal.max(csatShare ?? 0, npsShare ?? 0);
  const answers = [
    answer.csat === null ? null : `CSAT ${answer.csat}/5`,
    answer.nps === null ? null : `NPS ${answer.nps}/10`,
  ].filter(Boolean);
  return {
    contribution: share.times(CHURN_RISK_WEIGHTS.LOW_SATISFACTION),
    detail: `Latest survey answer: ${answers.join(', ')}`,
  };
}

function silence({ now, lastContactAt }: ChurnRiskInputs): Signal {
  if (!lastContactAt) return null;
  const days = daysBetween(lastContactAt, now);
  const share = clamp01(
    new Decimal(days - SILENCE_FROM_DAYS).dividedBy(SILENCE_FULL_DAYS - SILENCE_FROM_DAYS),
  );
  return {
    contribution: share.times(CHURN_RISK_WEIGHTS.SILENCE),
    detail: `No interaction for ${days} days`,
  };
}

const SIGNALS = {
  OVERDUE_REPURCHASE: overdueRepurchase,
  FALLING_SPEND: fallingSpend,
  OPEN_COMPLAINTS: openComplaints,
  LOW_SATISFACTION: lowSatisfaction,
  SILENCE: silence,
} as const;

/** The score and its reasons; contributions are rounded to 4 decimals and the score is their sum. */
export function churnRiskOf(inputs: ChurnRiskInputs): ChurnRisk {
  const reasons = Object.entries(SIGNALS)
    .map(([signal, measure]) => ({ signal, found: measure(inputs) }))
    .map(({ signal, found }) => ({
      signal: signal as ChurnRiskReason['signal'],
      contribution: found?.contribution.toDecimalPlaces(4, Decimal.ROUND_HALF_EVEN) ?? new Decimal(0),
      detail: found?.detail ?? '',
    }))
    .filter((reason) => reason.contribution.gt(0))
    .sort((a, b) => b.contribution.comparedTo(a.contribution));
  const score = reasons.reduce((sum, reason) => sum.plus(reason.contribution), new Decimal(0));
  return {
    score: score.toNumber(),
    reasons: reasons.map((reason) => ({ ...reason, contribution: reason.contribution.toNumber() })),
  };
}

/**
 * The churn loop's edge (issue 14 §4): detected once when the score reaches the threshold, cleared
 * once when it falls below again; nothing while it stays on one side.
 */
export function churnRiskMove(
  atRisk: boolean,
  score: number,
  threshold: number,
): 'DETECTED' | 'CLEARED' | null {
  if (!atRisk && score >= threshold) return 'DETECTED';
  if (atRisk && score < threshold) return 'CLEARED';
  return null;
}
