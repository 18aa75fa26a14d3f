import { CrmError, NUL_MESSAGE } from '@crm/errors';
import { parseContactUpdate } from '../contact-update';
import { parseCustomerUpdate } from '../customer-update';
import { parseCustomerFilter } from '../customer-list-query';
import { parseCustomerSearchQuery } from '../customer-search-query';
import { parseImportRow } from '../customer-import-row';
import { parseMergeRequest } from '../customer-merge';
import { parseNewContact } from '../new-contact';
import { parseNewCustomer } from '../new-customer';
import { parseNewInteraction } from '../interaction-input';
import { parseTagRefs } from '../tag-refs';

/** The BAD_USER_INPUT a parser throws: its `field` and every problem's field. */
function refusal(run: () => unknown): { field?: string; fields: string[] } {
  try {
    run();
  } catch (error) {
    if (!(error instanceof CrmError) || error.code !== 'BAD_USER_INPUT') throw error;
    return { field: error.field, fields: error.problems.map((problem) => problem.field) };
  }
  throw new Error('the input was accepted');
}

const NOW = new Date('2026-11-24T12:00:00Z');
const DICTIONARY = new Set(['INDUSTRY:SOFTWARE', 'REGION:EMEA', 'SOURCE:WEB']);
const company = { kind: 'COMPANY' as const, name: 'Acme' };

describe('every invalid field of an input at once', () => {
  it('createCustomer: a bad email and a bad website both, field naming the first', () => {
    expect(refusal(() => parseNewCustomer({ ...company, email: 'nope', website: 'ftp:/x' }))).toEqual({
      field: 'input.email',
      fields: ['input.email', 'input.website'],
    });
  });

  it('createCustomer: schema, kind and dictionary problems together, each field once', () => {
    const input = { ...company, email: 'nope', gender: 'FEMALE', industry: 'MINING', birthDate: 'yesterday' };
    expect(refusal(() => parseNewCustomer(input, 'input', DICTIONARY)).fields.sort()).toEqual([
      'input.birthDate',
      'input.email',
      'input.gender',
      'input.industry',
    ]);
  });

  it('createCustomer: a valid input with an inactive code and a kind mismatch reports both', () => {
    expect(
      refusal(() => parseNewCustomer({ ...company, region: 'APAC', gender: 'MALE' }, 'input', DICTIONARY)),
    ).toEqual({ field: 'input.gender', fields: ['input.gender', 'input.region'] });
  });

  it('updateCustomer: bad values and a kind mismatch together', () => {
    const current = parseNewCustomer(company);
    expect(
      refusal(() => parseCustomerUpdate(current, { email: 'x', website: 'y', birthDate: '1990-01-01' }))
        .fields,
    ).toEqual(['input.email', 'input.website', 'input.birthDate']);
  });

  it('createContact and updateContact', () => {
    const customerId = '01950c90-0000-7000-8000-000000000001';
    expect(
      refusal(() => parseNewContact({ customerId, firstName: ' ', lastName: '', phone: '12' })).fields,
    ).toEqual(['input.firstName', 'input.lastName', 'input.phone']);
    const current = parseNewContact({ customerId, firstName: 'Ada', lastName: 'Lovelace' });
    expect(refusal(() => parseContactUpdate(current, { email: 'x', role: 'BOSS' })).fields).toEqual([
      'input.email',
      'input.role',
    ]);
  });

  it('logInteraction: schema problems and the rules between fields', () => {
    const input = {
      customerId: 'not-a-uuid',
      type: 'CALL',
      direction: 'OUTBOUND',
      occurredAt: new Date('2030-01-01T00:00:00Z'),
      summary: '',
    };
    expect(refusal(() => parseNewInteraction(input, NOW)).fields).toEqual([
      'input.customerId',
      'input.summary',
      'input.durationMinutes',
      'input.occurredAt',
    ]);
  });

  it('tag references, merge requests and list filters', () => {
    expect(refusal(() => parseTagRefs([{ name: 'VIP' }, { id: null }])).fields).toEqual(['tags.0', 'tags.1']);
    expect(refusal(() => parseMergeRequest('x', ['y', 'z'])).fields).toEqual([
      'survivorId',
      'mergedIds.0',
      'mergedIds.1',
    ]);
    expect(refusal(() => parseCustomerFilter({ ownerId: 'x', region: ' ', industry: '' })).fields).toEqual([
      'filter.ownerId',
      'filter.region',
      'filter.industry',
    ]);
  });

  it('an import row lists each invalid cell by column', () => {
    const result = parseImportRow(
      7,
      { kind: 'COMPANY', name: 'Acme', email: 'nope', website: 'ftp:/x', industry: 'MINING' },
      { activeDictionaryKeys: DICTIONARY, ownerOf: (owner) => owner },
    );
    expect(result).toEqual({
      ok: false,
      problem: { row: 7, field: 'email', reason: expect.any(String) },
      otherProblems: [
        { row: 7, field: 'website', reason: expect.any(String) },
        { row: 7, field: 'industry', reason: expect.stringMatching(/MINING/) },
      ],
    });
  });
});

describe('NUL characters never reach Postgres', () => {
  it('is BAD_USER_INPUT on its field, nested ones included', () => {
    expect(refusal(() => parseNewCustomer({ ...company, name: 'Ac\u0000me' }))).toEqual({
      field: 'input.name',
      fields: ['input.name'],
    });
    const addresses = [{ street: '1 Main\u0000 St', city: 'Paris', country: 'FR' }];
    expect(refusal(() => parseNewCustomer({ ...company, addresses })).field).toBe('input.addresses.0.street');
    expect(refusal(() => parseCustomerSearchQuery('Acme\u0000'))).toEqual({
      field: 'query',
      fields: ['query'],
    });
    expect(refusal(() => parseCustomerFilter({ region: 'EM\u0000EA' })).field).toBe('filter.region');
  });

  it('says what is wrong', () => {
    expect(() => parseNewCustomer({ ...company, name: 'Ac\u0000me' })).toThrow(
      expect.objectContaining({ problems: [{ field: 'input.name', message: NUL_MESSAGE }] }),
    );
  });
});

describe('empty ids', () => {
  it('are BAD_USER_INPUT in a filter, not "any owner"', () => {
    expect(refusal(() => parseCustomerFilter({ ownerId: '' }))).toEqual({
      field: 'filter.ownerId',
      fields: ['filter.ownerId'],
    });
    expect(refusal(() => parseCustomerFilter({ tagId: '' })).field).toBe('filter.tagId');
  });
});

describe('search by roles that see emails and phones masked', () => {
  const masked = { contactPoints: false };

  it('refuses a query that looks like an email or a phone number', () => {
    for (const query of ['ada@example.com', '@exam', '+33 6 12', '0612345678'])
      expect(refusal(() => parseCustomerSearchQuery(query, 'query', masked)).field).toBe('query');
  });

  it('searches any other query by name only', () => {
    expect(parseCustomerSearchQuery('ada.lovelace', 'query', masked)).toEqual({
      text: 'ada.lovelace',
      emailPrefix: null,
      phonePrefix: null,
    });
  });

  it('keeps email and phone prefixes for who may see them', () => {
    expect(parseCustomerSearchQuery('ada.lovelace')).toMatchObject({ emailPrefix: 'ada.lovelace' });
  });
});
