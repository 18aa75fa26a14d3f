import { forbidden } from '@crm/errors';
import { dictionaryKey } from '../dictionary-codes';
import { duplicateKeysOf, headerProblem, parseImportRow, type ImportRowRules } from '../customer-import-row';

const OWNER = '01950c80-0000-7000-8000-00000000a11c';
const rules: ImportRowRules = {
  activeDictionaryKeys: new Set([dictionaryKey('INDUSTRY', 'SOFTWARE'), dictionaryKey('REGION', 'EMEA')]),
  ownerOf: (requested) => requested ?? OWNER,
};

describe('headerProblem', () => {
  it('accepts the import columns in any order, and the extra columns of an export', () => {
    expect(headerProblem(['name', 'kind', 'email', 'id', 'created_at'])).toBeNull();
  });

  it.each([
    [['kind', 'name', 'fax'], /unknown column\(s\) fax/],
    [['name', 'email'], /lacks the required column\(s\) kind/],
    [['kind', 'name', 'email', 'email'], /repeats email/],
  ])('refuses %j', (columns, message) => {
    expect(headerProblem(columns)).toMatch(message);
  });
});

describe('parseImportRow', () => {
  it('normalises a row like createCustomer, and gives it the default owner', () => {
    const result = parseImportRow(
      2,
      { kind: 'company', name: ' Acme ', email: 'Sales@ACME.example', industry: 'software', region: '' },
      rules,
    );
    expect(result).toEqual({
      ok: true,
      customer: expect.objectContaining({
        kind: 'COMPANY',
        name: 'Acme',
        email: 'sales@acme.example',
        emails: [{ address: 'sales@acme.example', label: null, primary: true }],
        industry: 'SOFTWARE',
        region: null,
        ownerId: OWNER,
      }),
    });
  });

  it.each([
    [{ kind: 'COMPANY', name: '' }, 'name', /must not be empty/],
    [{ kind: 'PARTNER', name: 'Acme' }, 'kind', /COMPANY/],
    [{ kind: 'PERSON', name: 'Ada', email: 'ada-at-example' }, 'email', /email address/],
    [{ kind: 'PERSON', name: 'Ada', phone: '12' }, 'phone', /phone number/],
    [{ kind: 'PERSON', name: 'Ada', owner_id: 'bob' }, 'owner_id', /UUID/],
    [{ kind: 'PERSON', name: 'Ada', company_size: 'SMALL' }, 'company_size', /only a COMPANY/],
    [{ kind: 'COMPANY', name: 'Acme', industry: 'MINING' }, 'industry', /not an active INDUSTRY/],
  ])('rejects %j on its column %s', (record, field, reason) => {
    const result = parseImportRow(7, record, rules);
    expect(result).toEqual({ ok: false, problem: { row: 7, field, reason: expect.stringMatching(reason) } });
  });

  it('rejects a row whose owner is outside the importer scope', () => {
    const scoped: ImportRowRules = {
      ...rules,
      ownerOf: () => {
        throw forbidden('You may only create customers owned by you');
      },
    };
    expect(parseImportRow(3, { kind: 'PERSON', name: 'Ada', owner_id: OWNER }, scoped)).toEqual({
      ok: false,
      problem: { row: 3, field: 'owner_id', reason: 'You may only create customers owned by you' },
    });
  });
});

describe('duplicateKeysOf', () => {
  it('keys a customer by its normalised email and phone', () => {
    expect(duplicateKeysOf({ email: 'a@b.example', phone: '+33612345678' })).toEqual([
      'email:a@b.example',
      'phone:+33612345678',
    ]);
    expect(duplicateKeysOf({ email: null, phone: null })).toEqual([]);
  });
});
