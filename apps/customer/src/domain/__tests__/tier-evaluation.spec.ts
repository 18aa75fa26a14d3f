import {
  customerValueOf,
  DEFAULT_TIER_RULES,
  evaluateTier,
  monthsBefore,
  purchaseHistoryOf,
  tierChangeFor,
  type RevenueEntry,
} from '../tier-evaluation';

const NOW = new Date('2026-06-15T12:00:00.000Z');
const RULES = DEFAULT_TIER_RULES;

const payment = (orderId: string, amount: string, at: string, currency = 'EUR'): RevenueEntry => ({
  kind: 'PAYMENT',
  orderId,
  amount,
  currency,
  occurredAt: new Date(at),
});
const order = (orderId: string, amount: string, at: string): RevenueEntry => ({
  ...payment(orderId, amount, at),
  kind: 'ORDER',
});

describe('customer value', () => {
  it('sums payments exactly, never floats: 0.1 + 0.2 is 0.3', () => {
    const entries = [
      payment('o1', '0.1', '2026-06-01T00:00:00Z'),
      payment('o1', '0.2', '2026-06-02T00:00:00Z'),
    ];
    expect(customerValueOf(entries, RULES, NOW)).toEqual({ revenue: '0.3', orders: 1 });
  });

  it('counts orders once whatever the payments, and orders without payment as no revenue', () => {
    const entries = [
      order('o1', '900', '2026-05-01T00:00:00Z'),
      payment('o1', '400', '2026-05-02T00:00:00Z'),
      payment('o1', '500', '2026-05-03T00:00:00Z'),
      order('o2', '1000', '2026-05-04T00:00:00Z'),
    ];
    expect(customerValueOf(entries, RULES, NOW)).toEqual({ revenue: '900', orders: 2 });
  });

  it('counts only payments in the reporting currency (no FX) and only within the window', () => {
    const entries = [
      payment('o1', '1000', '2026-01-01T00:00:00Z', 'USD'),
      payment('o2', '2000.5', '2025-06-15T12:00:00.001Z'),
      payment('o3', '3000', '2025-06-15T12:00:00.000Z'),
    ];
    expect(customerValueOf(entries, RULES, NOW)).toEqual({ revenue: '2000.5', orders: 2 });
    expect(monthsBefore(NOW, 12).toISOString()).toBe('2025-06-15T12:00:00.000Z');
  });

  it('gives the lifecycle rules every paid order ever and those paid in the loyalty window', () => {
    const entries = [
      order('old', '1', '2024-01-01T00:00:00Z'),
      payment('old', '1', '2024-01-02T00:00:00Z'),
      order('o1', '1', '2026-01-01T00:00:00Z'),
      payment('o1', '1', '2026-01-02T00:00:00Z'),
      order('unpaid', '1', '2026-02-01T00:00:00Z'),
    ];
    expect(purchaseHistoryOf(entries, { minOrders: 5, windowMonths: 12 }, NOW)).toEqual({
      orders: 2,
      recentOrders: 1,
    });
  });

  it('does not count a placed order as a purchase until it is paid', () => {
    const entries = [order('o1', '100', '2026-05-01T00:00:00Z')];
    expect(purchaseHistoryOf(entries, { minOrders: 5, windowMonths: 12 }, NOW)).toEqual({
      orders: 0,
      recentOrders: 0,
    });
  });
});

describe('tier evaluation from A downwards', () => {
  it.each([
    ['100000', 3, 'A'],
    ['99999.9999', 3, 'B'],
    ['1000000', 2, 'B'],
    ['25000', 2, 'B'],
    ['24999.9999', 2, 'C'],
    ['5000', 1, 'C'],
    ['1000000', 1, 'C'],
    ['4999.9999', 1, 'D'],
    ['0', 0, 'D'],
  ] as const)('revenue %s with %d orders is tier %s', (revenue, orders, tier) => {
    expect(evaluateTier({ revenue, orders }, RULES)).toBe(tier);
  });

  it('gives no tier below the lowest threshold', () => {
    const strict = {
      ...RULES,
      thresholds: RULES.thresholds.map((t) => (t.tier === 'D' ? { ...t, minRevenue: '1' } : t)),
    };
    expect(evaluateTier({ revenue: '0.9999', orders: 0 }, strict)).toBeNull();
  });

  it('describes a change with its figures, and nothing when the tier stays', () => {
    expect(tierChangeFor('D', { revenue: '5000', orders: 1 }, RULES)).toEqual({
      from: 'D',
      to: 'C',
      reason: '5000 EUR and 1 orders in 12 months meet tier C',
    });
    expect(tierChangeFor(null, { revenue: '0', orders: 0 }, RULES)).toMatchObject({ from: null, to: 'D' });
    expect(tierChangeFor('C', { revenue: '5000', orders: 1 }, RULES)).toBeNull();
    expect(tierChangeFor('A', { revenue: '10', orders: 1 }, RULES)).toMatchObject({ from: 'A', to: 'D' });
  });
});
