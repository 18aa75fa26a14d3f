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
