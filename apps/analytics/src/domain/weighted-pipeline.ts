import Decimal from 'decimal.js';
import { missingRatesOf, sumConverted, type ConvertedAmount, type MissingRate } from './money-total';

/** Open deals at or above this win probability (NEGOTIATION, 80 %) are committed. */
export const COMMIT_PROBABILITY = 80;

/** Open deals of one probability, summed and converted into the reporting currency. */
export interface OpenAmount extends ConvertedAmount {
  probability: number;
}

export interface ForecastFigures {
  /** Σ amount × probability / 100 over the open deals expected to close in the bucket. */
  weightedPipeline: string | null;
  /** Won in the bucket + open deals with probability ≥ COMMIT_PROBABILITY. */
  commit: string | null;
  /** Won in the bucket + every open deal expected to close in it. */
  bestCase: string | null;
  won: string | null;
  missing: MissingRate[];
}

/** One bucket of the forecast from its open amounts (by probability) and its won amounts, exact. */
export function forecastOf(open: readonly OpenAmount[], won: readonly ConvertedAmount[]): ForecastFigures {
  const missing = missingRatesOf([...open, ...won]);
  const wonTotal = sumConverted(won).total;
  if (missing.length > 0)
    return { weightedPipeline: null, commit: null, bestCase: null, won: wonTotal, missing };
  const sum = (amounts: readonly OpenAmount[], weight: (a: OpenAmount) => Decimal.Value) =>
    amounts.reduce((total, a) => total.plus(new Decimal(a.converted!).times(weight(a))), new Decimal(0));
  const committed = open.filter((a) => a.probability >= COMMIT_PROBABILITY);
  return {
    weightedPipeline: sum(open, (a) => new Decimal(a.probability).div(100)).toFixed(),
    commit: sum(committed, () => 1)
      .plus(wonTotal!)
      .toFixed(),
    bestCase: sum(open, () => 1)
      .plus(wonTotal!)
      .toFixed(),
    won: wonTotal,
    missing,
  };
}
