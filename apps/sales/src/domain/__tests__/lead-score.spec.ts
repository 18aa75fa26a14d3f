import { scoreLead, type ScoredLead } from '../lead-score';

const blank: ScoredLead = {
  industry: null,
  companySize: null,
  jobTitle: null,
  region: null,
  source: 'IMPORT',
  followUpTypes: [],
};

describe('lead score', () => {
  it('gives an unknown imported lead nothing, and says why for each factor', () => {
    const score = scoreLead(blank);
    expect(score.total).toBe(0);
    expect(score.factors.map((f) => f.factor)).toEqual([
      'industry',
      'companySize',
      'jobTitle',
      'region',
      'source',
      'followUps',
    ]);
    expect(score.factors[0]).toEqual({ factor: 'industry', points: 0, reason: 'industry unknown' });
  });

  it('reaches 100 for a perfect fit that is fully engaged', () => {
    const score = scoreLead({
      industry: 'SOFTWARE',
      companySize: 'ENTERPRISE',
      jobTitle: 'VP Engineering',
      region: 'EMEA',
      source: 'REFERRAL',
      followUpTypes: ['MEETING', 'MEETING', 'CALL', 'EMAIL'],
    });
    expect(score.total).toBe(100);
    expect(score.factors.find((f) => f.factor === 'followUps')).toEqual({
      factor: 'followUps',
      points: 25,
      reason: '4 follow-up(s), capped at 25',
    });
  });

  it('weighs fit by industry, size, seniority and region', () => {
    const score = scoreLead({
      ...blank,
      industry: 'RETAIL',
      companySize: 'MEDIUM',
      jobTitle: 'Procurement Manager',
      region: 'APAC',
      source: 'WEB_FORM',
      followUpTypes: ['CALL'],
    });
    expect(score.factors.map((f) => f.points)).toEqual([5, 10, 8, 5, 10, 5]);
    expect(score.total).toBe(43);
    expect(score.factors[2].reason).toBe('Procurement Manager influences the decision');
  });

  it('does not take an intern for a chief', () => {
    const factor = scoreLead({ ...blank, jobTitle: 'Intern' }).factors[2];
    expect(factor).toEqual({ factor: 'jobTitle', points: 0, reason: 'Intern is not a buying role' });
  });
});
