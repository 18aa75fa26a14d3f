import { parseTierRules, type TierRulesInput } from '../tier-rules';

const VALID: TierRulesInput = {
  reportingCurrency: 'EUR',
  windowMonths: 12,
  thresholds: [
    { tier: 'D', minRevenue: '0', minOrders: 0 },
    { tier: 'A', minRevenue: '50000.50', minOrders: 4 },
    { tier: 'B', minRevenue: '10000', minOrders: 2 },
    { tier: 'C', minRevenue: '10000', minOrders: 1 },
  ],
  loyaltyMinOrders: 5,
  loyaltyWindowMonths: 12,
};

const withThreshold = (index: number, change: object): TierRulesInput => ({
  ...VALID,
  thresholds: VALID.thresholds.map((t, i) => (i === index ? { ...t, ...change } : t)),
});

describe('tier rules', () => {
  it('accepts monotonic thresholds in any order and sorts them A to D', () => {
    expect(parseTierRules(VALID)).toEqual({
      reportingCurrency: 'EUR',
      windowMonths: 12,
      thresholds: [
        { tier: 'A', minRevenue: '50000.5', minOrders: 4 },
        { tier: 'B', minRevenue: '10000', minOrders: 2 },
        { tier: 'C', minRevenue: '10000', minOrders: 1 },
        { tier: 'D', minRevenue: '0', minOrders: 0 },
      ],
      loyalty: { minOrders: 5, windowMonths: 12 },
    });
  });

  it.each([
    [
      'a lower tier needing more revenue',
      withThreshold(2, { minRevenue: '60000' }),
      'input.thresholds[2].minRevenue',
    ],
    ['a lower tier needing more orders', withThreshold(3, { minOrders: 3 }), 'input.thresholds[3].minOrders'],
    ['two tiers with the same thresholds', withThreshold(3, { minOrders: 2 }), 'input.thresholds[3]'],
    ['a negative amount', withThreshold(0, { minRevenue: '-1' }), 'input.thresholds[0].minRevenue'],
    ['a float-like amount', withThreshold(0, { minRevenue: '1e3' }), 'input.thresholds[0].minRevenue'],
    ['a fractional order count', withThreshold(1, { minOrders: 1.5 }), 'input.thresholds[1].minOrders'],
    ['a missing tier', { ...VALID, thresholds: VALID.thresholds.slice(1) }, 'input.thresholds'],
    ['a repeated tier', withThreshold(0, { tier: 'A' }), 'input.thresholds'],
    ['an unknown currency', { ...VALID, reportingCurrency: 'EURO' }, 'input.reportingCurrency'],
    ['an empty window', { ...VALID, windowMonths: 0 }, 'input.windowMonths'],
    ['loyalty at two orders', { ...VALID, loyaltyMinOrders: 2 }, 'input.loyaltyMinOrders'],
    ['a loyalty window of 61 months', { ...VALID, loyaltyWindowMonths: 61 }, 'input.loyaltyWindowMonths'],
  ])('refuses %s with BAD_USER_INPUT on its field', (_, input, field) => {
    expect(() => parseTierRules(input as TierRulesInput)).toThrow(
      expect.objectContaining({ code: 'BAD_USER_INPUT', field }),
    );
  });
});
