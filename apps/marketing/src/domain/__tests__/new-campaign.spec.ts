import { CrmError } from '@crm/errors';
import { campaignToCreate, parseNewCampaign } from '../new-campaign';

describe('parseNewCampaign', () => {
  it('accepts a campaign with no budget and no dates', () => {
    expect(parseNewCampaign({ name: ' Spring launch ' })).toEqual({
      name: 'Spring launch',
      budgetAmount: null,
      budgetCurrency: null,
      startsOn: null,
      endsOn: null,
      channels: [],
      description: null,
    });
  });

  it('keeps channels as a set in catalogue order', () => {
    expect(parseNewCampaign({ name: 'Fair', channels: ['WEB', 'EMAIL', 'WEB'] }).channels).toEqual([
      'EMAIL',
      'WEB',
    ]);
  });

  it('keeps the budget exact and accepts a one-day campaign', () => {
    expect(
      parseNewCampaign({
        name: 'Fair',
        budgetAmount: '25000.50',
        budgetCurrency: 'EUR',
        startsOn: '2026-03-01',
        endsOn: '2026-03-01',
      }),
    ).toMatchObject({
      budgetAmount: '25000.5',
      budgetCurrency: 'EUR',
      startsOn: '2026-03-01',
      endsOn: '2026-03-01',
    });
  });

  it.each([
    [{ name: '' }, 'input.name'],
    [{ name: 'x'.repeat(201) }, 'input.name'],
    [{ budgetAmount: '100' }, 'input.budgetCurrency'],
    [{ budgetCurrency: 'EUR' }, 'input.budgetAmount'],
    [{ budgetAmount: '-1', budgetCurrency: 'EUR' }, 'input.budgetAmount'],
    [{ budgetAmount: '1.23456', budgetCurrency: 'EUR' }, 'input.budgetAmount'],
    [{ budgetAmount: '100', budgetCurrency: 'eur' }, 'input.budgetCurrency'],
    [{ startsOn: '01/03/2026' }, 'input.startsOn'],
    [{ startsOn: '2026-03-02', endsOn: '2026-03-01' }, 'input.endsOn'],
    [{ channels: ['EMAIL', 'FAX'] }, 'input.channels.1'],
    [{ description: 'x'.repeat(2001) }, 'input.description'],
  ])('refuses %j on %s', (change, field) => {
    expect.assertions(2);
    try {
      parseNewCampaign({ name: 'Spring launch', ...change });
    } catch (error) {
      expect(error).toBeInstanceOf(CrmError);
      expect((error as CrmError).field).toBe(field);
    }
  });

  it('creates a campaign as a DRAFT at version 1', () => {
    const now = new Date('2026-12-03T10:00:00.000Z');
    const fields = parseNewCampaign({ name: 'Spring launch' });
    expect(campaignToCreate(fields, 'id', now)).toEqual({
      ...fields,
      id: 'id',
      status: 'DRAFT',
      cancellationReason: null,
      createdAt: now,
      updatedAt: now,
      version: 1,
    });
  });
});
