import { isLargeDeal, largeDealThresholdCrossed, parseThresholdAmount } from '../large-deal';

const thresholds = new Map([
  ['EUR', '100000'],
  ['USD', '150000'],
]);

describe('large-deal threshold', () => {
  it('is reached at or above the threshold of the deal’s own currency', () => {
    expect(isLargeDeal({ amount: '100000', currency: 'EUR' }, thresholds)).toBe(true);
    expect(isLargeDeal({ amount: '99999.9999', currency: 'EUR' }, thresholds)).toBe(false);
    expect(isLargeDeal({ amount: '120000', currency: 'USD' }, thresholds)).toBe(false);
    expect(isLargeDeal({ amount: '9999999', currency: 'JPY' }, thresholds)).toBe(false);
  });

  it('alerts when a new deal starts large', () => {
    expect(largeDealThresholdCrossed(null, { amount: '250000', currency: 'EUR' }, thresholds)).toBe('100000');
    expect(largeDealThresholdCrossed(null, { amount: '10', currency: 'EUR' }, thresholds)).toBeNull();
  });

  it('alerts on the crossing only, not on every later update', () => {
    const small = { amount: '90000', currency: 'EUR' };
    const large = { amount: '110000', currency: 'EUR' };
    expect(largeDealThresholdCrossed(small, large, thresholds)).toBe('100000');
    expect(largeDealThresholdCrossed(large, { amount: '120000', currency: 'EUR' }, thresholds)).toBeNull();
    expect(largeDealThresholdCrossed(large, small, thresholds)).toBeNull();
  });

  it('compares in the currency the deal has after the change', () => {
    expect(
      largeDealThresholdCrossed(
        { amount: '140000', currency: 'USD' },
        { amount: '140000', currency: 'EUR' },
        thresholds,
      ),
    ).toBe('100000');
  });
});

describe('a large-deal threshold', () => {
  it('is an amount above zero', () => {
    expect(parseThresholdAmount('50000')).toBe('50000');
    expect(() => parseThresholdAmount('0')).toThrow(/^amount: must be > 0/);
    expect(() => parseThresholdAmount('-1')).toThrow(/^amount: /);
  });
});
