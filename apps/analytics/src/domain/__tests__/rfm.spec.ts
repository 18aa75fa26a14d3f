import { quintileOf, rfmScoresOf, type RfmFigures } from '../rfm';

const day = (n: number) => new Date(Date.UTC(2026, 0, n));

describe('RFM quintiles', () => {
  it('scores ⌈5 · share at or below⌉, ties alike', () => {
    expect([1, 2, 3, 4, 5].map((k) => quintileOf(k, 5))).toEqual([1, 2, 3, 4, 5]);
    // 10 customers: the 3rd lowest is at 30 % → ⌈1.5⌉ = 2; the 10th → 5.
    expect(quintileOf(3, 10)).toBe(2);
    expect(quintileOf(10, 10)).toBe(5);
    expect(quintileOf(1, 1)).toBe(5);
    expect(quintileOf(0, 0)).toBe(1);
  });

  it('scores a base of five customers by hand', () => {
    // a..e: last purchase on days 1..5, purchases 5..1, monetary 100, 300, 300, 50, 1000.
    const base = new Map<string, RfmFigures>([
      ['a', { lastPurchaseAt: day(1), purchases: 5, monetary: '100' }],
      ['b', { lastPurchaseAt: day(2), purchases: 4, monetary: '300.00' }],
      ['c', { lastPurchaseAt: day(3), purchases: 3, monetary: '300' }],
      ['d', { lastPurchaseAt: day(4), purchases: 2, monetary: '50' }],
      ['e', { lastPurchaseAt: day(5), purchases: 1, monetary: '1000.0001' }],
    ]);
    const scores = rfmScoresOf(base);
    // Monetary sorted: 50 (d), 100 (a), 300, 300 (b, c share 4 of 5 at or below → 4), 1000.0001 (e).
    expect(Object.fromEntries([...scores].map(([id, score]) => [id, score.cell]))).toEqual({
      a: '152',
      b: '244',
      c: '334',
      d: '421',
      e: '515',
    });
    expect(scores.get('b')).toEqual({ recency: 2, frequency: 4, monetary: 4, cell: '244' });
  });

  it('tells amounts apart that a float would not', () => {
    const base = new Map<string, RfmFigures>([
      ['x', { lastPurchaseAt: day(1), purchases: 1, monetary: '9007199254740993.0001' }],
      ['y', { lastPurchaseAt: day(1), purchases: 1, monetary: '9007199254740993.0002' }],
    ]);
    const scores = rfmScoresOf(base);
    expect(scores.get('x')!.monetary).toBe(3);
    expect(scores.get('y')!.monetary).toBe(5);
  });
});
