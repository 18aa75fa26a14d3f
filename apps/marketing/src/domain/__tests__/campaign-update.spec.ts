import { CrmError } from '@crm/errors';
import { planAfterChanges, type CampaignPlan } from '../campaign-update';

const current: CampaignPlan & { status: 'DRAFT' | 'SCHEDULED' | 'ACTIVE' | 'COMPLETED' | 'CANCELLED' } = {
  status: 'DRAFT',
  name: 'Spring fair',
  budgetAmount: '1000',
  budgetCurrency: 'EUR',
  startsOn: '2026-03-01',
  endsOn: '2026-03-31',
  channels: ['EMAIL'],
  description: null,
};

const fieldOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(CrmError);
    return (error as CrmError).field;
  }
  throw new Error('expected a CrmError');
};

describe('planAfterChanges', () => {
  it('returns only what changed; fields left out keep their value', () => {
    expect(planAfterChanges(current, { budgetAmount: '1500.50', channels: ['SMS', 'EMAIL'] })).toEqual({
      budgetAmount: '1500.5',
      channels: ['EMAIL', 'SMS'],
    });
    expect(planAfterChanges(current, { name: 'Spring fair' })).toEqual({});
  });

  it('clears a field given as null, a budget only as a whole', () => {
    expect(planAfterChanges(current, { endsOn: null, description: null })).toEqual({ endsOn: null });
    expect(planAfterChanges(current, { channels: null })).toEqual({ channels: [] });
    expect(planAfterChanges(current, { budgetAmount: null, budgetCurrency: null })).toEqual({
      budgetAmount: null,
      budgetCurrency: null,
    });
    expect(fieldOf(() => planAfterChanges(current, { budgetAmount: null }))).toBe('input.budgetAmount');
  });

  it('checks the new plan as a whole', () => {
    expect(fieldOf(() => planAfterChanges(current, { endsOn: '2026-02-01' }))).toBe('input.endsOn');
    expect(fieldOf(() => planAfterChanges(current, { startsOn: '2026-04-01' }))).toBe('input.endsOn');
    expect(fieldOf(() => planAfterChanges(current, { name: ' ' }))).toBe('input.name');
    expect(fieldOf(() => planAfterChanges(current, { name: null }))).toBe('input.name');
    expect(fieldOf(() => planAfterChanges(current, { budgetAmount: '-1' }))).toBe('input.budgetAmount');
    expect(fieldOf(() => planAfterChanges(current, { channels: ['PIGEON'] }))).toBe('input.channels.0');
  });

  it('keeps a scheduled campaign dated and final ones untouched', () => {
    expect(fieldOf(() => planAfterChanges({ ...current, status: 'SCHEDULED' }, { startsOn: null }))).toBe(
      'input.startsOn',
    );
    expect(fieldOf(() => planAfterChanges({ ...current, status: 'COMPLETED' }, { name: 'Later' }))).toBe(
      'id',
    );
    expect(planAfterChanges({ ...current, status: 'ACTIVE' }, { endsOn: '2026-04-30' })).toEqual({
      endsOn: '2026-04-30',
    });
  });
});
