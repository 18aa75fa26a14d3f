import Decimal from 'decimal.js';

export interface Money {
  amount: string;
  currency: string;
}

export interface CurrencyRoi {
  currency: string;
  /** (revenue − cost) / cost, to 4 decimals (0.25 is 25 %); null without cost in that currency. */
  roi: string | null;
}

/** Exact sums per currency, in currency order. */
export function sumByCurrency(lines: readonly Money[]): Money[] {
  const totals = new Map<string, Decimal>();
  for (const line of lines)
    totals.set(line.currency, (totals.get(line.currency) ?? new Decimal(0)).plus(line.amount));
  return [...totals]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([currency, amount]) => ({ currency, amount: amount.toFixed() }));
}

/**
 * Return on investment per currency, (revenue − cost) / cost, without exchange rates: a currency
 * with revenue and no cost has no ROI (null), one with cost and no revenue has −1.
 */
export function roiByCurrency(revenue: readonly Money[], cost: readonly Money[]): CurrencyRoi[] {
  const revenueOf = new Map(sumByCurrency(revenue).map((money) => [money.currency, money.amount]));
  const costOf = new Map(sumByCurrency(cost).map((money) => [money.currency, money.amount]));
  const currencies = [...new Set([...revenueOf.keys(), ...costOf.keys()])].sort();
  return currencies.map((currency) => {
    const spent = new Decimal(costOf.get(currency) ?? 0);
    if (spent.isZero()) return { currency, roi: null };
    const earned = new Decimal(revenueOf.get(currency) ?? 0);
    return {
      currency,
      roi: earned.minus(spent).dividedBy(spent).toDecimalPlaces(4, Decimal.ROUND_HALF_EVEN).toFixed(),
    };
  });
}
