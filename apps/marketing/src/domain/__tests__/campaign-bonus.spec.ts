import type { CrmError } from '@crm/errors';
import { campaignMultiplierAt, parseCampaignBonus } from '../campaign-bonus';
import { pointsForPayment } from '../loyalty-points';

const JANUARY = { pointsMultiplier: '2', startsOn: '2026-01-01', endsOn: '2026-01-31' };
const MID_JANUARY = { pointsMultiplier: '1.25', startsOn: '2026-01-10', endsOn: '2026-01-20' };

describe('campaignMultiplierAt', () => {
  it('is the highest bonus whose window holds the payment’s UTC date, both ends included', () => {
    expect(campaignMultiplierAt([MID_JANUARY, JANUARY], new Date('2026-01-15T12:00:00Z'))).toBe('2');
    expect(campaignMultiplierAt([MID_JANUARY], new Date('2026-01-20T23:59:59Z'))).toBe('1.25');
    expect(campaignMultiplierAt([JANUARY], new Date('2026-01-01T00:00:00Z'))).toBe('2');
  });

  it('is 1 outside every window', () => {
    expect(campaignMultiplierAt([JANUARY], new Date('2026-02-01T00:00:00Z'))).toBe('1');
    expect(campaignMultiplierAt([], new Date('2026-01-15T00:00:00Z'))).toBe('1');
  });

  it('multiplies with the level multiplier before the floor', () => {
    const gold = { name: 'Gold', threshold: '1000', pointsMultiplier: '1.5', quoteDiscountPercent: '5' };
    const programme = { currency: 'EUR', pointsPerUnit: '1' };
    // 33.33 × 1.5 × 2 = 99.99 → 99 (flooring each step would give 49 × 2 = 98).
    expect(pointsForPayment(programme, gold, { amount: '33.33', currency: 'EUR' }, '2')).toEqual({
      points: 99,
      multiplier: '1.5',
      campaignMultiplier: '2',
      noPointsReason: null,
    });
  });
});

describe('parseCampaignBonus', () => {
  const fieldOf = (input: typeof JANUARY) => {
    try {
      parseCampaignBonus(input);
    } catch (error) {
      return (error as CrmError).field;
    }
    return null;
  };

  it('keeps a valid bonus and names an invalid field', () => {
    expect(parseCampaignBonus({ ...JANUARY, pointsMultiplier: '2.50' }).pointsMultiplier).toBe('2.5');
    expect(fieldOf({ ...JANUARY, pointsMultiplier: '0' })).toBe('input.pointsMultiplier');
    expect(fieldOf({ ...JANUARY, endsOn: '2025-12-31' })).toBe('input.endsOn');
  });
});
