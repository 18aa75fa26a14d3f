import Decimal from 'decimal.js';

/** part / whole as a percentage with two decimals (half up), or null when the whole is zero. */
export function percentOf(part: Decimal.Value, whole: Decimal.Value): string | null {
  const denominator = new Decimal(whole);
  if (denominator.isZero()) return null;
  return new Decimal(part).times(100).dividedBy(denominator).toFixed(2, Decimal.ROUND_HALF_UP);
}
