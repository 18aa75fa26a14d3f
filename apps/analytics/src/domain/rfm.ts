import Decimal from 'decimal.js';

/**
 * RFM scoring (Hughes, "Strategic Database Marketing"): each customer who bought gets a 1–5 score
 * for recency, frequency and monetary value, by quintile over the whole customer base, and the
 * three digits together name the cell ("545": bought lately, often, a lot).
 *
 * A customer's quintile is ⌈5 · share of the base at or below their figure⌉, so ties share a score
 * and equal customers are never told apart by chance. The nightly job ranks the base once and keeps
 * each quintile's top value (its cut); a customer is scored against the cuts, as RFM practice scores
 * customers against the segment boundaries of the last scoring run: an event costs the same whatever
 * the size of the base, and its customer is placed among the others as they stood last night.
 */

export type Quintile = 1 | 2 | 3 | 4 | 5;

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

/**
 * The top value of the base in quintiles 1..k, for k = 1–4: a value above cut k scores above k. A
 * null cut means no customer of the base scored k or lower (ties pushed them all higher up).
 */
export type QuintileCuts<T> = readonly [T | null, T | null, T | null, T | null];

export interface RfmBoundaries {
  /** How many customers who bought the cuts were taken over. */
  population: number;
  recency: QuintileCuts<Date>;
  frequency: QuintileCuts<number>;
  monetary: QuintileCuts<string>;
}

/** Cuts of an empty base: every customer is the best of a base of one. */
export const EMPTY_BASE_BOUNDARIES: RfmBoundaries = {
  population: 0,
  recency: [null, null, null, null],
  frequency: [null, null, null, null],
  monetary: [null, null, null, null],
};

export const rfmCell = (recency: Quintile, frequency: Quintile, monetary: Quintile): string =>
  `${recency}${frequency}${monetary}`;

/** 1 + how many cuts the value is above; a value equal to a cut belongs to that cut's quintile. */
export function quintileAgainst<T>(
  value: T,
  cuts: QuintileCuts<T>,
  compare: (a: T, b: T) => number,
): Quintile {
  const above = cuts.filter((cut) => cut === null || compare(value, cut) > 0).length;
  return (1 + above) as Quintile;
}

const byTime = (a: Date, b: Date) => a.getTime() - b.getTime();
const byNumber = (a: number, b: number) => a - b;
const byDecimal = (a: string, b: string) => new Decimal(a).comparedTo(b);

export function rfmScoreAgainst(figures: RfmFigures, boundaries: RfmBoundaries): RfmScore {
  const recency = quintileAgainst(figures.lastPurchaseAt, boundaries.recency, byTime);
  const frequency = quintileAgainst(figures.purchases, boundaries.frequency, byNumber);
  const monetary = quintileAgainst(figures.monetary, boundaries.monetary, byDecimal);
  return { recency, frequency, monetary, cell: rfmCell(recency, frequency, monetary) };
}
