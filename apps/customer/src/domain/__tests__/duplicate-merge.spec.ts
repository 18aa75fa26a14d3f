import { fillBlankFields, type MergeableProfile } from '../duplicate-merge';

const blank: MergeableProfile = {
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
};

describe('fillBlankFields', () => {
  it('fills only what the existing customer leaves blank', () => {
    const existing = { ...blank, industry: 'SOFTWARE', email: 'a@acme.example' };
    const duplicate = {
      ...blank,
      industry: 'RETAIL',
      region: 'EMEA',
      email: 'other@acme.example',
      phone: '+33612345678',
      companySize: 'SMALL' as const,
    };
    expect(fillBlankFields(existing, duplicate)).toEqual({
      region: 'EMEA',
      companySize: 'SMALL',
      phone: '+33612345678',
      phones: [{ number: '+33612345678', label: null, primary: true }],
    });
  });

  it('keeps person-only fields off a company and the other way round', () => {
    const person = {
      ...blank,
      kind: 'PERSON' as const,
      birthDate: '1990-01-01',
      companySize: 'LARGE' as const,
    };
    expect(fillBlankFields(blank, person)).toEqual({ companySize: 'LARGE' });
    expect(fillBlankFields({ ...blank, kind: 'PERSON' }, person)).toEqual({ birthDate: '1990-01-01' });
  });

  it('returns null when the duplicate adds nothing', () => {
    expect(fillBlankFields({ ...blank, industry: 'SOFTWARE' }, { ...blank, industry: 'RETAIL' })).toBeNull();
  });
});
