import Decimal from 'decimal.js';

/**
 * RFM scoring (Hughes, "Strategic Database Marketing"): each customer who bought gets a 1–5 score
 * for recency, frequency and monetary value, by quintile over the whole customer base, and the
 * three digits together name the cell ("545": bought lately, often, a lot).
 */

export type Quintile = 1 | 2 | 3 | 4 | 5;

/**
 * The quintile of a value from how many values of the base are at or below it (itself included):
 * ⌈5 · share⌉. Ties share a score, so equal customers are never told apart by chance.
 */
export function quintileOf(atOrBelow: number, population: number): Quintile {
  if (population <= 0 || atOrBelow <= 0) return 1;
  return Math.min(5, Math.max(1, Math.ceil((5 * atOrBelow) / population))) as Quintile;
}

/** What RFM needs of one customer; a later last purchase is better, more is better for the rest. */
export interface RfmFigures {
  lastPurchaseAt: Date;
  purchases: number;
  /** In the reporting currency, exact decimal string. */
  monetary: string;
}

export interface RfmScore {
  recency: Quintile;
  frequency: Quintile;
  monetary: Quintile;
  cell: string;
}

export const rfmCell = (recency: Quintile, frequency: Quintile, monetary: Quintile): string =>
  `${recency}${frequency}${monetary}`;

const compareDecimals = (a: string, b: string): number => new Decimal(a).comparedTo(b);

/** How many of `sorted` (ascending) are ≤ value, by binary search. */
function countAtOrBelow<T>(sorted: readonly T[], value: T, compare: (a: T, b: T) => number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (compare(sorted[middle], value) <= 0) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Scores every customer of the base at once (the nightly job). */
export function rfmScoresOf(base: ReadonlyMap<string, RfmFigures>): Map<string, RfmScore> {
  const figures = [...base.values()];
  const byTime = (a: Date, b: Date) => a.getTime() - b.getTime();
  const times = figures.map((figure) => figure.lastPurchaseAt).sort(byTime);
  const counts = figures.map((figure) => figure.purchases).sort((a, b) => a - b);
  const amounts = figures.map((figure) => figure.monetary).sort(compareDecimals);
  const scores = new Map<string, RfmScore>();
  for (const [customerId, figure] of base) {
    const recency = quintileOf(countAtOrBelow(times, figure.lastPurchaseAt, byTime), figures.length);
    const frequency = quintileOf(
      countAtOrBelow(counts, figure.purchases, (a, b) => a - b),
      figures.length,
    );
    const monetary = quintileOf(countAtOrBelow(amounts, figure.monetary, compareDecimals), figures.length);
    scores.set(customerId, { recency, frequency, monetary, cell: rfmCell(recency, frequency, monetary) });
  }
  return scores;
}
