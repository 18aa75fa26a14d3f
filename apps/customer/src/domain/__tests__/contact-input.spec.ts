import { CrmError } from '@crm/errors';
import { parseContactUpdate } from '../contact-update';
import { parseNewContact } from '../new-contact';

const CUSTOMER = '0194c1d0-0000-7000-8000-0000000000c1';

describe('contact input', () => {
  it('normalises a new contact, not primary by default', () => {
    expect(
      parseNewContact({
        customerId: CUSTOMER,
        firstName: ' Grace ',
        lastName: 'Hopper',
        email: 'G@Navy.example',
        phone: '+1 202 555 0143',
      }),
    ).toEqual({
      customerId: CUSTOMER,
      firstName: 'Grace',
      lastName: 'Hopper',
      email: 'g@navy.example',
      phone: '+12025550143',
      jobTitle: null,
      role: null,
      primary: false,
    });
  });

  it.each([
    [{ customerId: 'x', firstName: 'A', lastName: 'B' }, 'input.customerId'],
    [{ customerId: CUSTOMER, firstName: '', lastName: 'B' }, 'input.firstName'],
    [{ customerId: CUSTOMER, firstName: 'A', lastName: 'B', email: 'nope' }, 'input.email'],
    [{ customerId: CUSTOMER, firstName: 'A', lastName: 'B', role: 'BOSS' }, 'input.role'],
  ])('refuses %j on %s', (input, field) => {
    expect.assertions(1);
    try {
      parseNewContact(input);
    } catch (error) {
      expect((error as CrmError).field).toBe(field);
    }
  });

  it('keeps only the changed fields of an update', () => {
    const current = parseNewContact({ customerId: CUSTOMER, firstName: 'Grace', lastName: 'Hopper' });
    expect(
      parseContactUpdate(current, { firstName: 'Grace', jobTitle: 'CTO', primary: true, email: null }),
    ).toEqual({
      jobTitle: 'CTO',
      primary: true,
    });
  });
});
