import Decimal from 'decimal.js';
import { abcTotalsOfBands, placeBands, type RevenueBand } from '../abc-bands';
import { classifyAbc } from '../abc-classes';

/** Customers' revenues cut into bands of width 100 (what the roll-up's three digits do to larger values). */
function bandsOf(revenues: number[]): { bands: RevenueBand[]; revenuesOf: Map<string, Decimal.Value[]> } {
  const revenuesOf = new Map<string, Decimal.Value[]>();
  for (const revenue of [...revenues].sort((a, b) => b - a)) {
    const band = String(Math.floor(revenue / 100) * 100);
    revenuesOf.set(band, [...(revenuesOf.get(band) ?? []), revenue]);
  }
  const bands = [...revenuesOf.entries()].map(([band, list]) => ({
    band,
    customers: list.length,
    value: list.reduce((sum: Decimal, revenue) => sum.plus(revenue), new Decimal(0)),
  }));
  return { bands, revenuesOf };
}

function totalsByClassifying(revenues: number[]) {
  const classed = classifyAbc(
    revenues.map((amount, index) => ({ key: String(index).padStart(4, '0'), amount })),
  );
  return (['A', 'B', 'C'] as const).map((abcClass) => {
    const members = classed.filter((item) => item.abcClass === abcClass);
    return {
      abcClass,
      customers: members.length,
      revenue: members.reduce((sum, item) => sum.plus(item.amount), new Decimal(0)).toString(),
    };
  });
}

describe('ABC totals from revenue bands', () => {
  it('reads only the bands a threshold falls in: hand-computed', () => {
    // Total 1000: 500 | 300 | 100 60 | 30 10 in bands 500, 300, 100 and 0 (60, 30, 10).
    const { bands } = bandsOf([500, 300, 100, 60, 30, 10]);
    // Before: 500 → 0, 300 → 500, 100 → 800, 0 → 900; 80 % (800) falls at the 100 band's start
    // (not inside), 95 % (950) inside band 0.
    expect(placeBands(bands).map((band) => [band.band, band.mixed])).toEqual([
      ['500', false],
      ['300', true],
      ['100', false],
      ['0', true],
    ]);
    const { revenuesOf } = bandsOf([500, 300, 100, 60, 30, 10]);
    const totals = abcTotalsOfBands(bands, revenuesOf);
    expect(totals.map((total) => [total.abcClass, total.customers, total.revenue.toString()])).toEqual([
      ['A', 2, '800'],
      ['B', 2, '160'],
      ['C', 2, '40'],
    ]);
  });

  it('gives classifyAbc’s totals over many customers, ties and zeros included', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 48271) % 2147483647) / 2147483647) * 1000;
    const revenues = [...Array.from({ length: 500 }, () => Math.round(random() * 100) / 100), 0, 0, 250, 250];
    const { bands, revenuesOf } = bandsOf(revenues);
    const totals = abcTotalsOfBands(bands, revenuesOf).map((total) => ({
      ...total,
      revenue: total.revenue.toString(),
    }));
    expect(totals).toEqual(totalsByClassifying(revenues));
  });

  it('classes everyone C when nothing was earned', () => {
    const { bands, revenuesOf } = bandsOf([0, 0]);
    expect(abcTotalsOfBands(bands, revenuesOf).map((total) => total.customers)).toEqual([0, 0, 2]);
  });
});
