import Decimal from 'decimal.js';

export type AbcClass = 'A' | 'B' | 'C';

/** Pareto classes: A up to 80 % of the total, B the next 15 %, C the rest. */
export const ABC_THRESHOLDS = { A: new Decimal('0.80'), B: new Decimal('0.95') } as const;

/**
 * A key's class from the share of the total held by the keys ranked before it (largest first):
 * a key starting below 80 % is A (so the one crossing 80 % is still A), below 95 % B, else C.
 */
export function abcClassOf(shareBefore: Decimal.Value): AbcClass {
  const share = new Decimal(shareBefore);
  if (share.lessThan(ABC_THRESHOLDS.A)) return 'A';
  if (share.lessThan(ABC_THRESHOLDS.B)) return 'B';
  return 'C';
}

/**
 * Classes of amounts ranked largest first (ties by key, so the result is stable); the input may
 * be in any order. With a zero total every key is C: nothing to concentrate.
 */
export function classifyAbc<T extends { key: string | null; amount: Decimal.Value }>(
  items: T[],
): (T & { abcClass: AbcClass })[] {
  const ranked = [...items].sort(
    (a, b) => new Decimal(b.amount).comparedTo(a.amount) || String(a.key).localeCompare(String(b.key)),
  );
  const total = ranked.reduce((sum, item) => sum.plus(item.amount), new Decimal(0));
  let before = new Decimal(0);
  return ranked.map((item) => {
    const abcClass = total.isZero() ? 'C' : abcClassOf(before.dividedBy(total));
    before = before.plus(item.amount);
    return { ...item, abcClass };
  });
}
