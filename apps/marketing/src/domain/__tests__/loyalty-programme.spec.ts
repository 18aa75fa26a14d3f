import type { CrmError } from '@crm/errors';
import { parseLoyaltyProgramme, type LoyaltyProgrammeInput } from '../loyalty-programme';

const VALID: LoyaltyProgrammeInput = {
  name: ' Rewards ',
  currency: 'EUR',
  pointsPerUnit: '1.50',
  levelBasis: 'POINTS',
  levels: [
    { name: 'Silver', threshold: '0', pointsMultiplier: '1', quoteDiscountPercent: '0' },
    { name: 'Gold', threshold: '1000', pointsMultiplier: '1.5', quoteDiscountPercent: '5.5' },
  ],
  pointsExpiryMonths: 12,
};

const problemsOf = (input: LoyaltyProgrammeInput) => {
  try {
    parseLoyaltyProgramme(input);
  } catch (error) {
    if (!(error as CrmError).problems) throw error;
    return (error as CrmError).problems.map((problem) => problem.field);
  }
  throw new Error('expected BAD_USER_INPUT');
};

describe('parseLoyaltyProgramme', () => {
  it('keeps valid rules in canonical form with defaults', () => {
    expect(parseLoyaltyProgramme(VALID)).toEqual({
      ...VALID,
      name: 'Rewards',
      pointsPerUnit: '1.5',
      autoEnroll: false,
      referralRewardPoints: 0,
    });
    expect(parseLoyaltyProgramme({ ...VALID, levels: null, pointsExpiryMonths: null }).levels).toEqual([]);
  });

  it('names every invalid field', () => {
    expect(
      problemsOf({
        ...VALID,
        name: '',
        currency: 'EURO',
        pointsPerUnit: '0',
        pointsExpiryMonths: 0,
        referralRewardPoints: -1,
      }),
    ).toEqual([
      'input.name',
      'input.currency',
      'input.pointsPerUnit',
      'input.pointsExpiryMonths',
      'input.referralRewardPoints',
    ]);
  });

  it('wants ascending thresholds, unique names, whole points thresholds and valid multipliers and discounts', () => {
    const [silver, gold] = VALID.levels!;
    expect(problemsOf({ ...VALID, levels: [gold, silver] })).toEqual(['input.levels[1].threshold']);
    expect(problemsOf({ ...VALID, levels: [silver, { ...gold, name: 'silver' }] })).toEqual([
      'input.levels[1].name',
    ]);
    expect(problemsOf({ ...VALID, levels: [{ ...silver, threshold: '0.5' }] })).toEqual([
      'input.levels[0].threshold',
    ]);
    expect(
      problemsOf({ ...VALID, levels: [{ ...silver, pointsMultiplier: '0', quoteDiscountPercent: '100.5' }] }),
    ).toEqual(['input.levels[0].pointsMultiplier', 'input.levels[0].quoteDiscountPercent']);
    expect(
      parseLoyaltyProgramme({ ...VALID, levelBasis: 'SPEND', levels: [{ ...silver, threshold: '0.5' }] })
        .levels[0].threshold,
    ).toBe('0.5');
  });
});
