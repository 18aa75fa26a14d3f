import { CrmError } from '@crm/errors';
import { parseNewOpportunity } from '../new-opportunity';

const valid = {
  customerId: '0194c1d0-0000-7000-8000-000000000001',
  name: 'Renewal 2027',
  amount: '12500.50',
  currency: 'EUR',
};

describe('parseNewOpportunity', () => {
  it('fills stage and probability and keeps the amount exact', () => {
    expect(parseNewOpportunity(valid)).toMatchObject({
      amount: '12500.5',
      stage: 'PROSPECTING',
      probability: 10,
      expectedCloseDate: null,
    });
  });

  it.each([
    [{ amount: '-5' }, 'input.amount'],
    [{ amount: '0.12345' }, 'input.amount'],
    [{ currency: 'ABC' }, 'input.currency'],
    [{ name: '' }, 'input.name'],
    [{ customerId: 'acme' }, 'input.customerId'],
    [{ expectedCloseDate: '31/12/2026' }, 'input.expectedCloseDate'],
    [{ stage: 'CLOSED_LOST' }, 'input.stage'],
  ])('refuses %j on %s', (change, field) => {
    expect.assertions(2);
    try {
      parseNewOpportunity({ ...valid, ...change });
    } catch (error) {
      expect(error).toBeInstanceOf(CrmError);
      expect((error as CrmError).field).toBe(field);
    }
  });
});
