import {
  EMPTY_BASE_BOUNDARIES,
  quintileAgainst,
  rfmScoreAgainst,
  type QuintileCuts,
  type RfmBoundaries,
} from '../rfm';

const day = (n: number) => new Date(Date.UTC(2026, 0, n));
const byNumber = (a: number, b: number) => a - b;

/** The definition the nightly SQL computes the cuts by: cut k = the top value with ⌈5 · share at or below⌉ ≤ k. */
function cutsByDefinition(base: number[]): QuintileCuts<number> {
  const atOrBelow = (value: number) => base.filter((other) => other <= value).length;
  const cut = (k: number) => {
    const inQuintiles = base.filter((value) => 5 * atOrBelow(value) <= k * base.length);
    return inQuintiles.length === 0 ? null : Math.max(...inQuintiles);
  };
  return [cut(1), cut(2), cut(3), cut(4)];
}

describe('RFM quintiles against stored cuts', () => {
  it('scores a base of five customers by hand', () => {
    // a..e: last purchase on days 1..5, purchases 5..1, monetary 100, 300, 300, 50, 1000.
    // Monetary sorted: 50, 100, 300, 300, 1000.0001: 300 is 4 of 5 at or below, so no value tops quintile 3
    // alone: cut 3 is 100 and both 300s score 4.
    const boundaries: RfmBoundaries = {
      population: 5,
      recency: [day(1), day(2), day(3), day(4)],
      frequency: [1, 2, 3, 4],
      monetary: ['50', '100', '100', '300'],
    };
    const cells = {
      a: rfmScoreAgainst({ lastPurchaseAt: day(1), purchases: 5, monetary: '100' }, boundaries).cell,
      b: rfmScoreAgainst({ lastPurchaseAt: day(2), purchases: 4, monetary: '300.00' }, boundaries).cell,
      c: rfmScoreAgainst({ lastPurchaseAt: day(3), purchases: 3, monetary: '300' }, boundaries).cell,
      d: rfmScoreAgainst({ lastPurchaseAt: day(4), purchases: 2, monetary: '50' }, boundaries).cell,
      e: rfmScoreAgainst({ lastPurchaseAt: day(5), purchases: 1, monetary: '1000.0001' }, boundaries).cell,
    };
    expect(cells).toEqual({ a: '152', b: '244', c: '334', d: '421', e: '515' });
  });

  it('puts a value equal to a cut in that quintile, and one just above in the next', () => {
    const cuts: QuintileCuts<number> = [10, 20, 30, 40];
    expect([9, 10, 11, 20, 30.5, 40, 41].map((value) => quintileAgainst(value, cuts, byNumber))).toEqual([
      1, 1, 2, 2, 4, 4, 5,
    ]);
  });

  it('gives tied customers one score: a base of equals all score 5, and a newcomer below them 5 as well', () => {
    const cuts = cutsByDefinition([7, 7, 7, 7]);
    expect(cuts).toEqual([null, null, null, null]);
    expect(quintileAgainst(7, cuts, byNumber)).toBe(5);
    expect(quintileAgainst(1, cuts, byNumber)).toBe(5);
  });

  it('scores the first customer of an empty base 555', () => {
    const score = rfmScoreAgainst(
      { lastPurchaseAt: day(1), purchases: 1, monetary: '0' },
      EMPTY_BASE_BOUNDARIES,
    );
    expect(score).toEqual({ recency: 5, frequency: 5, monetary: 5, cell: '555' });
  });

  it('tells amounts apart that a float would not', () => {
    const cuts: QuintileCuts<string> = [
      '9007199254740993.0001',
      '9007199254740993.0001',
      '9007199254740993.0001',
      '9007199254740993.0002',
    ];
    const monetary = (amount: string) =>
      rfmScoreAgainst(
        { lastPurchaseAt: day(1), purchases: 1, monetary: amount },
        { ...EMPTY_BASE_BOUNDARIES, monetary: cuts },
      ).monetary;
    expect(monetary('9007199254740993.0001')).toBe(1);
    expect(monetary('9007199254740993.0002')).toBe(4);
    expect(monetary('9007199254740993.00021')).toBe(5);
  });

  it('gives every customer of the base its ⌈5 · share at or below⌉, whatever the ties', () => {
    let seed = 42;
    const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
    for (let round = 0; round < 200; round += 1) {
      const size = 1 + Math.floor(random() * 40);
      const spread = 1 + Math.floor(random() * 12);
      const base = Array.from({ length: size }, () => Math.floor(random() * spread));
      const cuts = cutsByDefinition(base);
      for (const value of base) {
        const share = base.filter((other) => other <= value).length;
        expect(quintileAgainst(value, cuts, byNumber)).toBe(Math.ceil((5 * share) / size));
      }
    }
  });
});
