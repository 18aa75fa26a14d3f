import { CrmError } from '@crm/errors';
import { parseNewCustomer } from '../new-customer';

describe('parseNewCustomer', () => {
  it('normalises a valid customer', () => {
    expect(parseNewCustomer({ kind: 'COMPANY', name: '  Acme  ', email: 'Sales@Acme.COM' })).toEqual({
      kind: 'COMPANY',
      name: 'Acme',
      email: 'sales@acme.com',
      phone: null,
      ownerId: null,
    });
  });

  it.each([
    [{ kind: 'COMPANY', name: '' }, 'input.name'],
    [{ kind: 'COMPANY', name: '   ' }, 'input.name'],
    [{ kind: 'COMPANY', name: 'x'.repeat(201) }, 'input.name'],
    [{ kind: 'COMPANY', name: 'Acme', email: 'not-an-email' }, 'input.email'],
    [{ kind: 'PERSON', name: 'Ada', phone: '0612' }, 'input.phone'],
    [{ kind: 'PERSON', name: 'Ada', ownerId: 'bob' }, 'input.ownerId'],
  ])('refuses %j on %s', (input, field) => {
    expect.assertions(2);
    try {
      parseNewCustomer(input);
    } catch (error) {
      expect(error).toBeInstanceOf(CrmError);
      expect((error as CrmError).field).toBe(field);
    }
  });
});
