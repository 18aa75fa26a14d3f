import Decimal from 'decimal.js';

/**
 * Return on a campaign's spend: (revenue − cost) / cost, to 4 decimals (0.25 is 25 %); null when
 * nothing was spent, since any revenue over nothing has no ratio.
 */
export function returnOnInvestment(revenue: string, cost: string): string | null {
  const spent = new Decimal(cost);
  if (spent.isZero()) return null;
  return new Decimal(revenue)
    .minus(spent)
    .dividedBy(spent)
    .toDecimalPlaces(4, Decimal.ROUND_HALF_EVEN)
    .toFixed();
}
