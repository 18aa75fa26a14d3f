import {
  DEFAULT_RULE_THRESHOLDS,
  meetsThresholds,
  minimumPairCount,
  ruleMeasures,
  ruleThresholdsFrom,
  type PairCounts,
} from '../association-rule';

describe('association rules over customers’ baskets', () => {
  // 200 customers; 40 bought A, 50 bought B, 20 bought both.
  const counts: PairCounts = { customers: 200, antecedentBuyers: 40, consequentBuyers: 50, bothBuyers: 20 };

  it('measures support, confidence and lift of A → B', () => {
    expect(ruleMeasures(counts)).toEqual({ support: 0.1, confidence: 0.5, lift: 2 });
  });

  it('is not symmetric: B → A has the same support and lift, its own confidence', () => {
    const reverse = { ...counts, antecedentBuyers: 50, consequentBuyers: 40 };
    expect(ruleMeasures(reverse)).toEqual({ support: 0.1, confidence: 0.4, lift: 2 });
  });

  it('gives lift 1 to independent products', () => {
    // Half buy A, a fifth buy B, and a fifth of A's buyers buy B: A says nothing about B.
    const independent = { customers: 1000, antecedentBuyers: 500, consequentBuyers: 200, bothBuyers: 100 };
    expect(ruleMeasures(independent).lift).toBeCloseTo(1, 12);
  });

  it('refuses counts that cannot come from baskets', () => {
    expect(() => ruleMeasures({ ...counts, bothBuyers: 41 })).toThrow(/inconsistent/);
    expect(() => ruleMeasures({ ...counts, customers: 45 })).toThrow(/inconsistent/);
  });

  describe('thresholds', () => {
    const thresholds = { minSupport: 0.05, minConfidence: 0.3, minLift: 1.5, minCustomers: 5 };

    it('keeps a rule meeting every threshold, on the boundary included', () => {
      const boundary = { customers: 100, antecedentBuyers: 10, consequentBuyers: 20, bothBuyers: 5 };
      expect(ruleMeasures(boundary)).toEqual({ support: 0.05, confidence: 0.5, lift: 2.5 });
      expect(meetsThresholds(boundary, ruleMeasures(boundary), thresholds)).toBe(true);
    });

    it.each([
      ['support', { customers: 1000, antecedentBuyers: 10, consequentBuyers: 20, bothBuyers: 8 }],
      ['confidence', { customers: 100, antecedentBuyers: 40, consequentBuyers: 10, bothBuyers: 10 }],
      ['lift', { customers: 100, antecedentBuyers: 20, consequentBuyers: 60, bothBuyers: 15 }],
      ['customers', { customers: 40, antecedentBuyers: 4, consequentBuyers: 4, bothBuyers: 4 }],
    ])('drops a rule below the minimum %s', (_, pair) => {
      expect(meetsThresholds(pair, ruleMeasures(pair), thresholds)).toBe(false);
    });

    it('needs at least minCustomers and minSupport of the customers buying both before any pair is counted', () => {
      expect(minimumPairCount(300, { ...thresholds, minSupport: 0.01, minCustomers: 2 })).toBe(3);
      expect(minimumPairCount(300, { ...thresholds, minSupport: 0.001, minCustomers: 2 })).toBe(2);
      expect(minimumPairCount(0, { ...thresholds, minSupport: 0, minCustomers: 1 })).toBe(1);
    });

    it('reads each threshold from the environment, the others keep their defaults', () => {
      expect(ruleThresholdsFrom({})).toEqual(DEFAULT_RULE_THRESHOLDS);
      expect(
        ruleThresholdsFrom({
          MARKETING_RECOMMENDATION_MIN_LIFT: '1.5',
          MARKETING_RECOMMENDATION_MIN_CUSTOMERS: ' 4 ',
        }),
      ).toEqual({ ...DEFAULT_RULE_THRESHOLDS, minLift: 1.5, minCustomers: 4 });
    });

    it.each([
      ['MARKETING_RECOMMENDATION_MIN_SUPPORT', '1.5'],
      ['MARKETING_RECOMMENDATION_MIN_CONFIDENCE', 'high'],
      ['MARKETING_RECOMMENDATION_MIN_LIFT', '-1'],
      ['MARKETING_RECOMMENDATION_MIN_CUSTOMERS', '2.5'],
      ['MARKETING_RECOMMENDATION_MIN_CUSTOMERS', '0'],
    ])('refuses %s=%s, naming the variable', (variable, value) => {
      expect(() => ruleThresholdsFrom({ [variable]: value })).toThrow(new RegExp(`^${variable}: must be`));
    });
  });
});
