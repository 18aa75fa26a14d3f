import { churnRate } from '../churn-rate';

describe('churn rate = customers lost in the period / customers at its start', () => {
  it('is a percentage with two decimals', () => {
    expect(churnRate(3, 40)).toBe('7.50');
    expect(churnRate(1, 3)).toBe('33.33');
    expect(churnRate(2, 3)).toBe('66.67');
    expect(churnRate(0, 12)).toBe('0.00');
  });

  it('is undefined (null), not zero, with no customers at the start', () => {
    expect(churnRate(0, 0)).toBeNull();
    expect(churnRate(2, 0)).toBeNull();
  });
});
