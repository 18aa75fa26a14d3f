import Decimal from 'decimal.js';

/** An amount already converted into the reporting currency in SQL (`convert_amount`), or null without a rate. */
export interface ConvertedAmount {
  /** Null when no exchange rate reaches `on`: the figure is then unknown, never silently smaller. */
  converted: string | null;
  currency: string;
  /** The transaction date whose rate applies (ISO date). */
  on: string;
}

export interface MissingRate {
  currency: string;
  on: string;
}

/** Σ of converted amounts, exact; null when any lacks a rate, with the rates to add listed once each. */
export function sumConverted(amounts: readonly ConvertedAmount[]): {
  total: string | null;
  missing: MissingRate[];
} {
  const missing = missingRatesOf(amounts);
  if (missing.length > 0) return { total: null, missing };
  const total = amounts.reduce((sum, amount) => sum.plus(amount.converted!), new Decimal(0));
  return { total: total.toFixed(), missing };
}

/** The (currency, date) pairs without a rate, each once, sorted. */
export function missingRatesOf(amounts: readonly ConvertedAmount[]): MissingRate[] {
  const keys = new Set(amounts.filter((a) => a.converted === null).map((a) => `${a.currency}|${a.on}`));
  return [...keys].sort().map((key) => {
    const [currency, on] = key.split('|');
    return { currency, on };
  });
}
