import Decimal from 'decimal.js';

/** Attainment = won amount ÷ quota target (1.25 is 125 %), to 4 decimals; null for a zero target or unknown won. */
export function quotaAttainment(won: string | null, target: string): number | null {
  if (won === null || new Decimal(target).isZero()) return null;
  return new Decimal(won).div(target).toDecimalPlaces(4).toNumber();
}
