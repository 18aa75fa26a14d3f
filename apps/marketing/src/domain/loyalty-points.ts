import Decimal from 'decimal.js';
import { badUserInput } from '@crm/errors';
import type { LoyaltyLevel, LoyaltyProgrammeRules } from './loyalty-programme';

/** What a member's level is judged on: points earned and not expired, and money spent. */
export interface MemberStanding {
  /** Lifetime points minus expired ones: redeeming does not cost a level, letting points lapse does. */
  qualifyingPoints: number;
  /** In the programme's currency (exact decimal). */
  lifetimeSpend: string;
}

/** The highest level whose threshold the member reached, or null below the lowest. */
export function levelOf(
  programme: Pick<LoyaltyProgrammeRules, 'levelBasis' | 'levels'>,
  standing: MemberStanding,
): LoyaltyLevel | null {
  const value = new Decimal(
    programme.levelBasis === 'POINTS' ? standing.qualifyingPoints : standing.lifetimeSpend,
  );
  let reached: LoyaltyLevel | null = null;
  for (const level of programme.levels) if (value.gte(level.threshold)) reached = level;
  return reached;
}

export interface PaymentEarning {
  points: number;
  /** The level multiplier used ("1" without a level). */
  multiplier: string;
  /** The campaign multiplier used ("1" outside any campaign's bonus window). */
  campaignMultiplier: string;
  /** Why the payment earned nothing, for the member's history; null when it earned. */
  noPointsReason: string | null;
}

/**
 * Points for one payment: floor(amount × points per currency unit × level multiplier × campaign
 * multiplier), computed exactly (decimal.js, no float). A payment in another currency than the
 * programme's earns nothing.
 */
export function pointsForPayment(
  programme: Pick<LoyaltyProgrammeRules, 'currency' | 'pointsPerUnit'>,
  level: LoyaltyLevel | null,
  payment: { amount: string; currency: string },
  campaignMultiplier = '1',
): PaymentEarning {
  const multipliers = { multiplier: level?.pointsMultiplier ?? '1', campaignMultiplier };
  if (payment.currency !== programme.currency) {
    return {
      points: 0,
      ...multipliers,
      noPointsReason: `paid in ${payment.currency}; this programme earns points on ${programme.currency} payments only`,
    };
  }
  const points = new Decimal(payment.amount)
    .times(programme.pointsPerUnit)
    .times(multipliers.multiplier)
    .times(campaignMultiplier)
    .floor();
  if (points.lte(0))
    return { points: 0, ...multipliers, noPointsReason: 'the amount earns less than one point' };
  return { points: points.toNumber(), ...multipliers, noPointsReason: null };
}

/** `months` calendar months after `from` (UTC); the 31st lands on the last day of a shorter month. */
export function addMonths(from: Date, months: number): Date {
  const target = new Date(from.getTime());
  const day = target.getUTCDate();
  target.setUTCDate(1);
  target.setUTCMonth(target.getUTCMonth() + months);
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target;
}

/** When a lot earned at `earnedAt` expires; null when the programme's points never do. */
export const lotExpiry = (earnedAt: Date, expiryMonths: number | null): Date | null =>
  expiryMonths === null ? null : addMonths(earnedAt, expiryMonths);

/** A lot of earned points and what is left of it. */
export interface PointsLot {
  id: string;
  remaining: number;
  earnedAt: Date;
  expiresAt: Date | null;
}

export interface LotUse {
  lotId: string;
  used: number;
}

const oldestFirst = (a: PointsLot, b: PointsLot) =>
  a.earnedAt.getTime() - b.earnedAt.getTime() || a.id.localeCompare(b.id);

/**
 * Which lots a redemption uses: the oldest first (FIFO), so the points closest to expiry go first.
 * More than the balance, or not a whole positive number, is BAD_USER_INPUT on `field`.
 */
export function redeemFromLots(lots: PointsLot[], points: number, field = 'points'): LotUse[] {
  if (!Number.isInteger(points) || points < 1) {
    throw badUserInput(field, `must be a whole number of points of at least 1 (got ${points})`);
  }
  const balance = lots.reduce((sum, lot) => sum + lot.remaining, 0);
  if (points > balance) {
    throw badUserInput(
      field,
      `must not be more than the member's balance of ${balance} points (got ${points})`,
    );
  }
  const uses: LotUse[] = [];
  let left = points;
  for (const lot of [...lots].filter((candidate) => candidate.remaining > 0).sort(oldestFirst)) {
    if (left === 0) break;
    const used = Math.min(lot.remaining, left);
    uses.push({ lotId: lot.id, used });
    left -= used;
  }
  return uses;
}

/** The lots whose unused points expire at `now`: expiry reached and something left. */
export const expiredLots = (lots: PointsLot[], now: Date): PointsLot[] =>
  lots.filter(
    (lot) => lot.remaining > 0 && lot.expiresAt !== null && lot.expiresAt.getTime() <= now.getTime(),
  );
