import Decimal from 'decimal.js';
import { ABC_THRESHOLDS, type AbcClass } from './abc-classes';

/** Customers whose revenue falls in one band (bands order as the revenues do), largest band first. */
export interface RevenueBand {
  band: string;
  customers: number;
  value: Decimal.Value;
}

export interface AbcTotal {
  abcClass: AbcClass;
  customers: number;
  revenue: Decimal;
}

/** The class of a customer with `before` of `total` ranked ahead of it (as classifyAbc decides, exactly). */
export function classAt(before: Decimal, total: Decimal): AbcClass {
  if (total.isZero()) return 'C';
  if (before.lessThan(total.times(ABC_THRESHOLDS.A))) return 'A';
  if (before.lessThan(total.times(ABC_THRESHOLDS.B))) return 'B';
  return 'C';
}

/**
 * Each band with the revenue ranked before it; it is `mixed` when a threshold falls inside it, so
 * its customers' classes differ and only their own revenues tell them apart.
 */
export function placeBands(bands: RevenueBand[]) {
  const total = bands.reduce((sum, band) => sum.plus(band.value), new Decimal(0));
  let before = new Decimal(0);
  return bands.map((band) => {
    const after = before.plus(band.value);
    const cuts = [ABC_THRESHOLDS.A, ABC_THRESHOLDS.B].map((share) => total.times(share));
    const mixed =
      !total.isZero() && cuts.some((cut) => before.lessThan(cut) && after.greaterThanOrEqualTo(cut));
    const placed = { ...band, before, mixed, total };
    before = after;
    return placed;
  });
}

/**
 * Customers and revenue per ABC class from the bands, reading the revenues (largest first) only of
 * the mixed bands: the same totals as classifyAbc over every customer (a band that no threshold
 * cuts holds one class, the class of the revenue before it).
 */
export function abcTotalsOfBands(bands: RevenueBand[], revenuesOf: Map<string, Decimal.Value[]>): AbcTotal[] {
  const totals = new Map<AbcClass, AbcTotal>(
    (['A', 'B', 'C'] as const).map((abcClass) => [
      abcClass,
      { abcClass, customers: 0, revenue: new Decimal(0) },
    ]),
  );
  const count = (abcClass: AbcClass, customers: number, revenue: Decimal.Value) => {
    const total = totals.get(abcClass) as AbcTotal;
    total.customers += customers;
    total.revenue = total.revenue.plus(revenue);
  };
  for (const band of placeBands(bands)) {
    if (!band.mixed) {
      count(classAt(band.before, band.total), band.customers, band.value);
      continue;
    }
    let before = band.before;
    for (const revenue of revenuesOf.get(band.band) ?? []) {
      count(classAt(before, band.total), 1, revenue);
      before = before.plus(revenue);
    }
  }
  return [...totals.values()];
}
