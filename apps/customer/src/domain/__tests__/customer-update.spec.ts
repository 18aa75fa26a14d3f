import { CrmError } from '@crm/errors';
import { parseCustomerUpdate } from '../customer-update';
import { parseNewCustomer } from '../new-customer';

const person = parseNewCustomer({
  kind: 'PERSON',
  name: 'Ada',
  emails: [
    { address: 'ada@work.example', label: 'work', primary: true },
    { address: 'ada@home.example', label: 'home' },
  ],
  phones: [{ number: '+33612345678' }],
});

const fieldOf = (run: () => unknown): string | undefined => {
  try {
    run();
  } catch (error) {
    if (error instanceof CrmError) return error.field;
    throw error;
  }
  return undefined;
};

describe('parseCustomerUpdate', () => {
  it('returns only the fields whose value changes', () => {
    expect(parseCustomerUpdate(person, { name: 'Ada', industry: 'retail', gender: 'FEMALE' })).toEqual({
      industry: 'RETAIL',
      gender: 'FEMALE',
    });
    expect(parseCustomerUpdate(person, {})).toEqual({});
  });

  it('treats the same list in another key order as unchanged', () => {
    const sameEmails = person.emails.map(({ primary, label, address }) => ({ primary, label, address }));
    expect(parseCustomerUpdate(person, { emails: sameEmails })).toEqual({});
  });

  it('clears a field sent as null, and an address list sent as null', () => {
    const withSite = { ...person, website: 'https://ada.example', addresses: [] };
    expect(parseCustomerUpdate(withSite, { website: null, addresses: null })).toEqual({ website: null });
  });

  it('replaces the primary entry when email is sent alone, keeping its label', () => {
    expect(parseCustomerUpdate(person, { email: 'Ada@New.example' })).toEqual({
      email: 'ada@new.example',
      emails: [
        { address: 'ada@new.example', label: 'work', primary: true },
        { address: 'ada@home.example', label: 'home', primary: false },
      ],
    });
  });

  it('promotes the next entry when the primary email is cleared', () => {
    expect(parseCustomerUpdate(person, { email: null })).toEqual({
      email: 'ada@home.example',
      emails: [{ address: 'ada@home.example', label: 'home', primary: true }],
    });
  });

  it('mirrors a new phone list into phone, and an empty one into null', () => {
    expect(parseCustomerUpdate(person, { phones: [{ number: '+49 30 901820' }] })).toEqual({
      phone: '+4930901820',
      phones: [{ number: '+4930901820', label: null, primary: true }],
    });
    expect(parseCustomerUpdate(person, { phones: [] })).toEqual({ phone: null, phones: [] });
  });

  it.each([
    [{ name: null }, 'input.name'],
    [{ name: '' }, 'input.name'],
    [{ companySize: 'SMALL' }, 'input.companySize'],
    [{ phone: 'call me' }, 'input.phone'],
    [{ email: 'x@y.example', emails: [{ address: 'a@b.example' }] }, 'input.email'],
    [{ region: 'e m e a' }, 'input.region'],
  ])('refuses %j on %s', (input, field) => {
    expect(fieldOf(() => parseCustomerUpdate(person, input))).toBe(field);
  });

  it('allows a company size on a company but no birth date', () => {
    const company = parseNewCustomer({ kind: 'COMPANY', name: 'Acme' });
    expect(parseCustomerUpdate(company, { companySize: 'LARGE' })).toEqual({ companySize: 'LARGE' });
    expect(fieldOf(() => parseCustomerUpdate(company, { birthDate: '1990-01-01' }))).toBe('input.birthDate');
  });
});
