import { CrmError } from '@crm/errors';
import { parseOpportunityChanges } from '../opportunity-changes';

const fieldOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return (error as CrmError).field;
  }
  return null;
};

describe('parseOpportunityChanges', () => {
  it('keeps only the given fields, exact and normalised', () => {
    expect(
      parseOpportunityChanges(
        { amount: '1500.50', competitors: ['Globex', 'Initech', 'Globex'], expectedCloseDate: null },
        'PROPOSAL',
      ),
    ).toEqual({ amount: '1500.5', competitors: ['Globex', 'Initech'], expectedCloseDate: null });
    expect(parseOpportunityChanges({}, 'PROPOSAL')).toEqual({});
  });

  it.each([
    [{ amount: '-1' }, 'input.amount'],
    [{ amount: '0.00001' }, 'input.amount'],
    [{ currency: 'XYZ' }, 'input.currency'],
    [{ probability: 101 }, 'input.probability'],
    [{ probability: -1 }, 'input.probability'],
    [{ name: ' ' }, 'input.name'],
    [{ competitors: [''] }, 'input.competitors.0'],
    [{ ownerId: 'bob' }, 'input.ownerId'],
  ])('refuses %j on %s', (input, field) => {
    expect(fieldOf(() => parseOpportunityChanges(input, 'PROPOSAL'))).toBe(field);
  });

  it('keeps the money of a closed deal as it was closed, but lets its details change', () => {
    expect(fieldOf(() => parseOpportunityChanges({ amount: '5' }, 'CLOSED_WON'))).toBe('input.amount');
    expect(fieldOf(() => parseOpportunityChanges({ probability: 50 }, 'CLOSED_LOST'))).toBe(
      'input.probability',
    );
    expect(parseOpportunityChanges({ name: 'Renamed' }, 'CLOSED_WON')).toEqual({ name: 'Renamed' });
  });
});
