import { CrmError } from '@crm/errors';
import { assertMergeable, fillSurvivorProfile, parseMergeRequest, type MergeParty } from '../customer-merge';
import type { MergeableProfile } from '../duplicate-merge';

const SURVIVOR = '0194c1d0-0000-7000-8000-000000000001';
const A = '0194c1d0-0000-7000-8000-00000000000a';
const B = '0194c1d0-0000-7000-8000-00000000000b';

const fieldOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return (error as CrmError).field;
  }
  throw new Error('expected an error');
};

describe('parseMergeRequest', () => {
  it('lower-cases ids and drops repeated merged ids', () => {
    expect(parseMergeRequest(SURVIVOR.toUpperCase(), [A, A.toUpperCase(), B])).toEqual({
      survivorId: SURVIVOR,
      mergedIds: [A, B],
    });
  });

  it.each([
    ['not-an-id', [A], 'survivorId'],
    [SURVIVOR, [], 'mergedIds'],
    [SURVIVOR, [A, 'x'], 'mergedIds.1'],
    [SURVIVOR, [A, SURVIVOR], 'mergedIds.1'],
    [
      SURVIVOR,
      Array.from({ length: 21 }, (_, i) => `0194c1d0-0000-7000-8000-${String(i).padStart(12, '0')}`),
      'mergedIds',
    ],
  ])('refuses survivor %s with %j on %s', (survivor, merged, field) => {
    expect(fieldOf(() => parseMergeRequest(survivor, merged))).toBe(field);
  });
});

describe('assertMergeable', () => {
  const party = (id: string, extra: Partial<MergeParty> = {}): [string, MergeParty] => [
    id,
    { id, mergedIntoId: null, erasedAt: null, ...extra },
  ];
  const request = { survivorId: SURVIVOR, mergedIds: [A, B] };

  it('accepts live customers', () => {
    expect(() => assertMergeable(request, new Map([party(SURVIVOR), party(A), party(B)]))).not.toThrow();
  });

  it('names the field of an unknown, merged or erased customer', () => {
    expect(fieldOf(() => assertMergeable(request, new Map([party(A), party(B)])))).toBe('survivorId');
    expect(fieldOf(() => assertMergeable(request, new Map([party(SURVIVOR), party(A)])))).toBe('mergedIds.1');
    const merged = new Map([party(SURVIVOR), party(A, { mergedIntoId: B }), party(B)]);
    expect(fieldOf(() => assertMergeable(request, merged))).toBe('mergedIds.0');
    const erased = new Map([party(SURVIVOR, { erasedAt: new Date() }), party(A), party(B)]);
    expect(fieldOf(() => assertMergeable(request, erased))).toBe('survivorId');
  });
});

describe('fillSurvivorProfile', () => {
  const profile = (fields: Partial<MergeableProfile>): MergeableProfile => ({
    kind: 'COMPANY',
    email: null,
    phone: null,
    ownerId: null,
    source: null,
    industry: null,
    companySize: null,
    website: null,
    region: null,
    birthDate: null,
    gender: null,
    emails: [],
    phones: [],
    ...fields,
  });

  it('keeps what the survivor has and fills blanks from the first merged customer that has them', () => {
    const survivor = profile({ industry: 'SOFTWARE' });
    const first = profile({ industry: 'RETAIL', region: 'EMEA' });
    const second = profile({ region: 'APAC', website: 'https://acme.example' });
    expect(fillSurvivorProfile(survivor, [first, second])).toEqual({
      region: 'EMEA',
      website: 'https://acme.example',
    });
  });

  it('takes a primary email from a merged customer when the survivor has none', () => {
    const donor = profile({
      email: 'ada@acme.example',
      emails: [{ address: 'ada@acme.example', label: null, primary: true }],
    });
    const changes = fillSurvivorProfile(profile({}), [donor]);
    expect(changes.email).toBe('ada@acme.example');
    expect(changes.emails).toEqual([{ address: 'ada@acme.example', label: null, primary: true }]);
  });

  it('changes nothing when the merged customers add nothing', () => {
    expect(fillSurvivorProfile(profile({ region: 'EMEA' }), [profile({})])).toEqual({});
  });
});
