import { CrmError } from '@crm/errors';
import { parseNewCustomer } from '../new-customer';

const fieldOf = (run: () => unknown): string | undefined => {
  try {
    run();
  } catch (error) {
    if (error instanceof CrmError) return error.field;
    throw error;
  }
  return undefined;
};

describe('parseNewCustomer', () => {
  it('normalises a valid customer', () => {
    expect(parseNewCustomer({ kind: 'COMPANY', name: '  Acme  ', email: 'Sales@Acme.COM' })).toEqual({
      kind: 'COMPANY',
      name: 'Acme',
      email: 'sales@acme.com',
      phone: null,
      ownerId: null,
      source: null,
      industry: null,
      companySize: null,
      website: null,
      region: null,
      birthDate: null,
      gender: null,
      emails: [{ address: 'sales@acme.com', label: null, primary: true }],
      phones: [],
      addresses: [],
    });
  });

  it('stores phones as E.164 and mirrors the primary entries into email and phone', () => {
    const customer = parseNewCustomer({
      kind: 'PERSON',
      name: 'Ada',
      birthDate: '1990-04-23',
      gender: 'FEMALE',
      industry: 'software',
      emails: [
        { address: 'ada@home.example', label: 'home' },
        { address: 'Ada@Work.example', label: 'work', primary: true },
      ],
      phones: [{ number: '+33 6 12 34 56 78' }],
      addresses: [{ street: '1 Rue de Rivoli', city: 'Paris', country: 'fr' }],
    });
    expect(customer).toMatchObject({
      email: 'ada@work.example',
      phone: '+33612345678',
      industry: 'SOFTWARE',
      emails: [
        { address: 'ada@home.example', label: 'home', primary: false },
        { address: 'ada@work.example', label: 'work', primary: true },
      ],
      phones: [{ number: '+33612345678', label: null, primary: true }],
      addresses: [
        { street: '1 Rue de Rivoli', city: 'Paris', country: 'FR', postalCode: null, region: null },
      ],
    });
  });

  it('accepts email alongside emails when it is the primary one', () => {
    const customer = parseNewCustomer({
      kind: 'PERSON',
      name: 'Ada',
      email: 'ada@work.example',
      emails: [{ address: 'ada@work.example' }],
    });
    expect(customer.email).toBe('ada@work.example');
  });

  it.each([
    [{ kind: 'COMPANY', name: '' }, 'input.name'],
    [{ kind: 'COMPANY', name: '   ' }, 'input.name'],
    [{ kind: 'COMPANY', name: 'x'.repeat(201) }, 'input.name'],
    [{ kind: 'COMPANY', name: 'Acme', email: 'not-an-email' }, 'input.email'],
    [{ kind: 'PERSON', name: 'Ada', phone: '0612' }, 'input.phone'],
    [{ kind: 'PERSON', name: 'Ada', phone: '+33 1' }, 'input.phone'],
    [{ kind: 'PERSON', name: 'Ada', ownerId: 'bob' }, 'input.ownerId'],
    [{ kind: 'COMPANY', name: 'Acme', birthDate: '1990-01-01' }, 'input.birthDate'],
    [{ kind: 'COMPANY', name: 'Acme', gender: 'FEMALE' }, 'input.gender'],
    [{ kind: 'PERSON', name: 'Ada', companySize: 'SMALL' }, 'input.companySize'],
    [{ kind: 'PERSON', name: 'Ada', birthDate: '2990-01-01' }, 'input.birthDate'],
    [{ kind: 'PERSON', name: 'Ada', birthDate: '1990-02-30' }, 'input.birthDate'],
    [{ kind: 'COMPANY', name: 'Acme', website: 'ftp://acme.example' }, 'input.website'],
    [{ kind: 'COMPANY', name: 'Acme', industry: 'soft ware' }, 'input.industry'],
    [
      { kind: 'COMPANY', name: 'Acme', emails: [{ address: 'a@b.example' }, { address: 'A@b.example' }] },
      'input.emails.1.address',
    ],
    [
      {
        kind: 'COMPANY',
        name: 'Acme',
        emails: [
          { address: 'a@b.example', primary: true },
          { address: 'c@b.example', primary: true },
        ],
      },
      'input.emails.1.primary',
    ],
    [{ kind: 'COMPANY', name: 'Acme', phones: [{ number: '12' }] }, 'input.phones.0.number'],
    [
      { kind: 'COMPANY', name: 'Acme', addresses: [{ street: 'x', city: 'y', country: 'XX' }] },
      'input.addresses.0.country',
    ],
    [
      { kind: 'COMPANY', name: 'Acme', addresses: [{ street: '', city: 'y', country: 'DE' }] },
      'input.addresses.0.street',
    ],
    [
      { kind: 'COMPANY', name: 'Acme', email: 'x@y.example', emails: [{ address: 'a@b.example' }] },
      'input.email',
    ],
  ])('refuses %j on %s', (input, field) => {
    expect(fieldOf(() => parseNewCustomer(input))).toBe(field);
  });
});
