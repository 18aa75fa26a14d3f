import { CrmError } from '@crm/errors';
import {
  addMonths,
  expiredLots,
  levelOf,
  lotExpiry,
  pointsForPayment,
  redeemFromLots,
  type PointsLot,
} from '../loyalty-points';
import type { LoyaltyLevel } from '../loyalty-programme';

const SILVER: LoyaltyLevel = {
  name: 'Silver',
  threshold: '0',
  pointsMultiplier: '1',
  quoteDiscountPercent: '0',
};
const GOLD: LoyaltyLevel = {
  name: 'Gold',
  threshold: '1000',
  pointsMultiplier: '1.5',
  quoteDiscountPercent: '5',
};
const PLATINUM: LoyaltyLevel = {
  name: 'Platinum',
  threshold: '5000',
  pointsMultiplier: '2',
  quoteDiscountPercent: '10',
};
const BY_POINTS = { levelBasis: 'POINTS' as const, levels: [SILVER, GOLD, PLATINUM] };
const EUR = { currency: 'EUR', pointsPerUnit: '1' };

const fieldOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return (error as CrmError).problems.map((problem) => [problem.field, problem.message]);
  }
  throw new Error('expected BAD_USER_INPUT');
};

describe('pointsForPayment', () => {
  it('is floor(amount × points per unit × level multiplier), computed exactly', () => {
    expect(pointsForPayment(EUR, SILVER, { amount: '120.99', currency: 'EUR' }).points).toBe(120);
    expect(pointsForPayment(EUR, GOLD, { amount: '120.99', currency: 'EUR' })).toEqual({
      points: 181,
      multiplier: '1.5',
      campaignMultiplier: '1',
      noPointsReason: null,
    });
    // 0.1 × 3 × 10 is exactly 3 in decimal arithmetic (3.0000000000000004 in floats).
    const tenth = { currency: 'EUR', pointsPerUnit: '0.1' };
    const triple: LoyaltyLevel = { ...GOLD, pointsMultiplier: '3' };
    expect(pointsForPayment(tenth, triple, { amount: '10', currency: 'EUR' }).points).toBe(3);
    expect(
      pointsForPayment({ currency: 'EUR', pointsPerUnit: '0.7' }, null, { amount: '10', currency: 'EUR' })
        .points,
    ).toBe(7);
  });

  it('earns nothing on a payment in another currency, and says why', () => {
    expect(pointsForPayment(EUR, GOLD, { amount: '500', currency: 'USD' })).toEqual({
      points: 0,
      multiplier: '1.5',
      campaignMultiplier: '1',
      noPointsReason: 'paid in USD; this programme earns points on EUR payments only',
    });
  });

  it('earns nothing on an amount worth less than one point', () => {
    const earning = pointsForPayment(EUR, null, { amount: '0.99', currency: 'EUR' });
    expect(earning.points).toBe(0);
    expect(earning.noPointsReason).toMatch(/less than one point/);
  });
});

describe('levelOf', () => {
  it('is the highest level reached, by qualifying points', () => {
    expect(levelOf(BY_POINTS, { qualifyingPoints: 0, lifetimeSpend: '0' })).toBe(SILVER);
    expect(levelOf(BY_POINTS, { qualifyingPoints: 999, lifetimeSpend: '1000000' })).toBe(SILVER);
    expect(levelOf(BY_POINTS, { qualifyingPoints: 1000, lifetimeSpend: '0' })).toBe(GOLD);
    expect(levelOf(BY_POINTS, { qualifyingPoints: 7000, lifetimeSpend: '0' })).toBe(PLATINUM);
  });

  it('is judged on lifetime spend for a SPEND programme', () => {
    const bySpend = { levelBasis: 'SPEND' as const, levels: [{ ...GOLD, threshold: '2500.50' }] };
    expect(levelOf(bySpend, { qualifyingPoints: 99999, lifetimeSpend: '2500.49' })).toBeNull();
    expect(levelOf(bySpend, { qualifyingPoints: 0, lifetimeSpend: '2500.5' })?.name).toBe('Gold');
  });

  it('is null below the lowest threshold or without levels', () => {
    expect(
      levelOf({ levelBasis: 'POINTS', levels: [GOLD] }, { qualifyingPoints: 10, lifetimeSpend: '0' }),
    ).toBeNull();
    expect(
      levelOf({ levelBasis: 'POINTS', levels: [] }, { qualifyingPoints: 10, lifetimeSpend: '0' }),
    ).toBeNull();
  });
});

describe('addMonths and lotExpiry', () => {
  it('adds calendar months in UTC, the 31st landing on the last day of a shorter month', () => {
    expect(addMonths(new Date('2026-01-31T10:00:00Z'), 1).toISOString()).toBe('2026-02-28T10:00:00.000Z');
    expect(addMonths(new Date('2028-01-31T10:00:00Z'), 1).toISOString()).toBe('2028-02-29T10:00:00.000Z');
    expect(addMonths(new Date('2026-03-15T00:00:00Z'), 12).toISOString()).toBe('2027-03-15T00:00:00.000Z');
  });

  it('never expires without expiry months', () => {
    expect(lotExpiry(new Date('2026-03-15T00:00:00Z'), null)).toBeNull();
    expect(lotExpiry(new Date('2026-03-15T00:00:00Z'), 6)?.toISOString()).toBe('2026-09-15T00:00:00.000Z');
  });
});

describe('redemption and expiry of FIFO lots', () => {
  const lot = (id: string, remaining: number, earnedAt: string, expiresAt: string | null): PointsLot => ({
    id,
    remaining,
    earnedAt: new Date(earnedAt),
    expiresAt: expiresAt ? new Date(expiresAt) : null,
  });
  const lots = [
    lot('c', 300, '2026-03-01T00:00:00Z', '2027-03-01T00:00:00Z'),
    lot('a', 100, '2026-01-01T00:00:00Z', '2027-01-01T00:00:00Z'),
    lot('b', 200, '2026-02-01T00:00:00Z', '2027-02-01T00:00:00Z'),
  ];

  it('uses the oldest lots first', () => {
    expect(redeemFromLots(lots, 250)).toEqual([
      { lotId: 'a', used: 100 },
      { lotId: 'b', used: 150 },
    ]);
    expect(redeemFromLots(lots, 600)).toHaveLength(3);
  });

  it('refuses more than the balance, or not a whole positive number, on the field', () => {
    expect(fieldOf(() => redeemFromLots(lots, 601))).toEqual([
      ['points', "must not be more than the member's balance of 600 points (got 601)"],
    ]);
    expect(fieldOf(() => redeemFromLots(lots, 0))[0][0]).toBe('points');
    expect(fieldOf(() => redeemFromLots(lots, 1.5))[0][0]).toBe('points');
  });

  it('expires only lots past their date with points left', () => {
    const used = [...lots, lot('d', 0, '2025-01-01T00:00:00Z', '2026-01-01T00:00:00Z')];
    const forever = lot('e', 50, '2020-01-01T00:00:00Z', null);
    expect(expiredLots([...used, forever], new Date('2027-02-01T00:00:00Z')).map((l) => l.id)).toEqual([
      'a',
      'b',
    ]);
    expect(expiredLots(lots, new Date('2026-12-31T23:59:59Z'))).toEqual([]);
  });

  it('after a redemption, only what is left of a lot expires', () => {
    const [use] = redeemFromLots(lots, 60);
    const after = lots.map((l) => (l.id === use.lotId ? { ...l, remaining: l.remaining - use.used } : l));
    expect(expiredLots(after, new Date('2027-01-01T00:00:00Z'))).toEqual([
      expect.objectContaining({ id: 'a', remaining: 40 }),
    ]);
  });
});
