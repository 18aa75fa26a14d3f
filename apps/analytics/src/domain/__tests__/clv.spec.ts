import { customerLifetimeValue } from '../clv';

describe('customer lifetime value m·r/(1+d−r)', () => {
  it('computes a hand-worked example', () => {
    // m = 1000 × 0.3 = 300; 300 × 0.8 / (1 + 0.1 − 0.8) = 240 / 0.3 = 800.
    expect(customerLifetimeValue('1000', { marginShare: '0.3', retention: '0.8', discountRate: '0.1' })).toBe(
      '800.00',
    );
  });

  it('rounds half to even at the cent, exactly', () => {
    // m = 123.45 × 0.25 = 30.8625; × 0.6 / (1 + 0.12 − 0.6) = 18.5175 / 0.52 = 35.6105769… → 35.61.
    expect(
      customerLifetimeValue('123.45', { marginShare: '0.25', retention: '0.6', discountRate: '0.12' }),
    ).toBe('35.61');
  });

  it('is zero without revenue in the last year', () => {
    expect(customerLifetimeValue('0', { marginShare: '0.3', retention: '0.8', discountRate: '0.1' })).toBe(
      '0.00',
    );
  });
});
