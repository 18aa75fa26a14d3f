import Decimal from 'decimal.js';

export interface DealValue {
  amount: string;
  currency: string;
}

/** Thresholds by ISO 4217 currency; a currency without one never makes a deal large. */
export type LargeDealThresholds = ReadonlyMap<string, string>;

export function isLargeDeal(deal: DealValue, thresholds: LargeDealThresholds): boolean {
  const threshold = thresholds.get(deal.currency);
  return threshold !== undefined && new Decimal(deal.amount).gte(threshold);
}

/**
 * The threshold a deal has just reached, or null: a new deal at or above its currency's threshold,
 * or a deal that was below and now is not. A deal already large stays quiet on later updates.
 */
export function largeDealThresholdCrossed(
  before: DealValue | null,
  after: DealValue,
  thresholds: LargeDealThresholds,
): string | null {
  if (!isLargeDeal(after, thresholds)) return null;
  if (before && isLargeDeal(before, thresholds)) return null;
  return thresholds.get(after.currency)!;
}
