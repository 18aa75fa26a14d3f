import { roiByCurrency, sumByCurrency } from '../campaign-performance';

describe('campaign performance', () => {
  it('sums money per currency exactly', () => {
    expect(
      sumByCurrency([
        { amount: '0.1', currency: 'USD' },
        { amount: '0.2', currency: 'USD' },
        { amount: '5', currency: 'EUR' },
      ]),
    ).toEqual([
      { amount: '5', currency: 'EUR' },
      { amount: '0.3', currency: 'USD' },
    ]);
  });

  it('computes ROI per currency as (revenue − cost) / cost', () => {
    expect(
      roiByCurrency([{ amount: '3000', currency: 'EUR' }], [{ amount: '1200', currency: 'EUR' }]),
    ).toEqual([{ currency: 'EUR', roi: '1.5' }]);
  });

  it('rounds to 4 decimals, half to even', () => {
    expect(roiByCurrency([{ amount: '1', currency: 'EUR' }], [{ amount: '3', currency: 'EUR' }])).toEqual([
      { currency: 'EUR', roi: '-0.6667' },
    ]);
  });

  it('has no ROI without cost, and −1 without revenue', () => {
    expect(
      roiByCurrency([{ amount: '500', currency: 'USD' }], [{ amount: '1000', currency: 'EUR' }]),
    ).toEqual([
      { currency: 'EUR', roi: '-1' },
      { currency: 'USD', roi: null },
    ]);
    expect(roiByCurrency([], [])).toEqual([]);
  });
});
