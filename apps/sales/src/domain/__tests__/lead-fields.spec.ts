import { applyLeadChanges, parseNewLead } from '../lead-fields';

const valid = { firstName: 'Jana', lastName: 'Krüger', source: 'WEB_FORM' };
const campaignId = '01950c90-5555-7000-8000-000000000005';

describe('lead fields', () => {
  it('normalises codes and email, blanks to null', () => {
    expect(
      parseNewLead({ ...valid, industry: ' energy ', region: 'emea', email: 'Jana@Example.com', phone: '' }),
    ).toMatchObject({ industry: 'ENERGY', region: 'EMEA', email: 'jana@example.com', phone: null });
  });

  it('requires the campaign of a campaign lead, and only there', () => {
    expect(() => parseNewLead({ ...valid, source: 'CAMPAIGN' })).toThrow(
      /^input\.sourceCampaignId: is required when the source is CAMPAIGN/,
    );
    expect(() => parseNewLead({ ...valid, sourceCampaignId: campaignId })).toThrow(/only a CAMPAIGN lead/);
    expect(
      parseNewLead({ ...valid, source: 'CAMPAIGN', sourceCampaignId: campaignId }).sourceCampaignId,
    ).toBe(campaignId);
  });

  it('names the bad field', () => {
    expect(() => parseNewLead({ ...valid, email: 'nope' })).toThrow(/^input\.email: /);
    expect(() => parseNewLead({ ...valid, firstName: ' ' })).toThrow(/^input\.firstName: must not be empty/);
    expect(() => parseNewLead({ ...valid, source: 'FAX' })).toThrow(/^input\.source: /);
  });

  it('changes only the fields given; null clears', () => {
    const current = parseNewLead({ ...valid, jobTitle: 'CTO', region: 'EMEA' });
    const changed = applyLeadChanges(current, { jobTitle: null, lastName: 'Krueger' });
    expect(changed).toMatchObject({ firstName: 'Jana', lastName: 'Krueger', jobTitle: null, region: 'EMEA' });
    expect(() => applyLeadChanges(current, { source: 'CAMPAIGN' })).toThrow(/sourceCampaignId: is required/);
  });
});

describe('lead fields, checked like a customer’s', () => {
  const problemsOf = (parse: () => unknown) => {
    try {
      parse();
    } catch (error) {
      return (error as { problems: { field: string }[] }).problems.map((problem) => problem.field);
    }
    throw new Error('expected BAD_USER_INPUT');
  };

  it('stores phones as E.164 and refuses text that is no phone number', () => {
    expect(parseNewLead({ ...valid, phone: '+49 30 1234567' }).phone).toBe('+49301234567');
    expect(() => parseNewLead({ ...valid, phone: 'call me' })).toThrow(
      /^input\.phone: must be a valid international phone number/,
    );
  });

  it('takes industry and region only from the data dictionary', () => {
    expect(() => parseNewLead({ ...valid, industry: 'NOT_A_CODE' })).toThrow(/^input\.industry: must be/);
    expect(() => parseNewLead({ ...valid, region: 'MARS' })).toThrow(/^input\.region: must be/);
    const current = parseNewLead(valid);
    expect(() => applyLeadChanges(current, { industry: 'NOT_A_CODE' })).toThrow(/^input\.industry: /);
  });

  it('reports every invalid field at once', () => {
    expect(
      problemsOf(() =>
        parseNewLead({ ...valid, email: 'nope', phone: 'call me', industry: 'NOT_A_CODE', region: 'MARS' }),
      ),
    ).toEqual(['input.email', 'input.phone', 'input.industry', 'input.region']);
    expect(
      problemsOf(() => applyLeadChanges(parseNewLead(valid), { phone: 'call me', firstName: '' })),
    ).toEqual(['input.firstName', 'input.phone']);
  });

  it('refuses NUL bytes, which Postgres text cannot hold', () => {
    expect(() => parseNewLead({ ...valid, jobTitle: 'CTO\u0000' })).toThrow(
      /^input\.jobTitle: must not contain NUL/,
    );
  });
});
