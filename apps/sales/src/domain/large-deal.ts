import Decimal from 'decimal.js';
import { parseAmount } from '@crm/db';
import { badUserInput } from '@crm/errors';

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

/** A threshold is an amount above zero in its currency: zero would make every deal large. */
export function parseThresholdAmount(amount: string, field = 'amount'): string {
  const parsed = parseAmount(field, amount);
  if (new Decimal(parsed).isZero()) throw badUserInput(field, 'must be > 0 (got 0)');
  return parsed;
}
