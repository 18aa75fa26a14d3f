import Decimal from 'decimal.js';
import type { CustomerTier } from './customer-vocabulary';
import type { LoyaltyRule, PurchaseHistory } from './lifecycle-transition';

/** The least a customer needs, in the rules' window, to reach a tier: both must hold. */
export interface TierThreshold {
  tier: CustomerTier;
  /** Decimal string in the reporting currency. */
  minRevenue: string;
  minOrders: number;
}

/**
 * 客户分级 value rules, edited by admins. Revenue counts only payments in the reporting currency:
 * converting other currencies needs exchange rates, which are out of scope (no FX source yet).
 */
export interface TierRules {
  reportingCurrency: string;
  /** How far back revenue and orders count, in months (12: the last year). */
  windowMonths: number;
  /** A, B, C, D, most valuable first; each at least the next one on both thresholds. */
  thresholds: TierThreshold[];
  loyalty: LoyaltyRule;
}

export const DEFAULT_TIER_RULES: TierRules = {
  reportingCurrency: 'EUR',
  windowMonths: 12,
  thresholds: [
    { tier: 'A', minRevenue: '100000', minOrders: 3 },
    { tier: 'B', minRevenue: '25000', minOrders: 2 },
    { tier: 'C', minRevenue: '5000', minOrders: 1 },
    { tier: 'D', minRevenue: '0', minOrders: 0 },
  ],
  loyalty: { minOrders: 5, windowMonths: 12 },
};

/** One revenue fact the customer service saw: an order placed or a payment received. */
export interface RevenueEntry {
  kind: 'ORDER' | 'PAYMENT';
  orderId: string;
  amount: string;
  currency: string;
  occurredAt: Date;
}

/** What the tier is evaluated on: the window's revenue (reporting currency) and distinct orders. */
export interface CustomerValue {
  revenue: string;
  orders: number;
}

export function monthsBefore(asOf: Date, months: number): Date {
  const start = new Date(asOf);
  start.setUTCMonth(start.getUTCMonth() - months);
  return start;
}

const distinctOrders = (entries: RevenueEntry[]) => new Set(entries.map((entry) => entry.orderId)).size;

/** Revenue and orders of the rules' window ending at `asOf`; money summed exactly. */
export function customerValueOf(entries: RevenueEntry[], rules: TierRules, asOf: Date): CustomerValue {
  const since = monthsBefore(asOf, rules.windowMonths);
  const inWindow = entries.filter((entry) => entry.occurredAt > since);
  const revenue = inWindow
    .filter((entry) => entry.kind === 'PAYMENT' && entry.currency === rules.reportingCurrency)
    .reduce((sum, entry) => sum.plus(entry.amount), new Decimal(0));
  return { revenue: revenue.toFixed(), orders: distinctOrders(inWindow) };
}

/**
 * What the lifecycle rules need: paid orders ever, and those paid inside the loyalty window. An
 * order is a purchase once money arrives for it (issue 5: the first payment makes a CUSTOMER), not
 * when it is placed.
 */
export function purchaseHistoryOf(
  entries: RevenueEntry[],
  loyalty: LoyaltyRule,
  asOf: Date,
): PurchaseHistory {
  const since = monthsBefore(asOf, loyalty.windowMonths);
  const payments = entries.filter((entry) => entry.kind === 'PAYMENT');
  return {
    orders: distinctOrders(payments),
    recentOrders: distinctOrders(payments.filter((entry) => entry.occurredAt > since)),
  };
}

/** The first tier, from A downwards, whose thresholds the value meets; null below every tier. */
export function evaluateTier(value: CustomerValue, rules: TierRules): CustomerTier | null {
  const revenue = new Decimal(value.revenue);
  const met = rules.thresholds.find(
    (threshold) => revenue.greaterThanOrEqualTo(threshold.minRevenue) && value.orders >= threshold.minOrders,
  );
  return met?.tier ?? null;
}

export interface TierChange {
  from: CustomerTier | null;
  to: CustomerTier | null;
  reason: string;
}

/** The change the value calls for, with the figures that justify it; null when the tier stays. */
export function tierChangeFor(
  current: CustomerTier | null,
  value: CustomerValue,
  rules: TierRules,
): TierChange | null {
  const to = evaluateTier(value, rules);
  if (to === current) return null;
  const figures = `${value.revenue} ${rules.reportingCurrency} and ${value.orders} orders in ${rules.windowMonths} months`;
  return { from: current, to, reason: to ? `${figures} meet tier ${to}` : `${figures} meet no tier` };
}
