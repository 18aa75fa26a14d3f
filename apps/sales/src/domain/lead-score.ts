/**
 * Rule-based lead score, 0 to 100, explained factor by factor: fit (who the lead is) plus
 * engagement (how it came in and how much we talked). The weights follow the usual split of
 * HubSpot's and Salesforce's manual scoring models, about 60 fit and 40 engagement.
 */
export const LEAD_SOURCES = ['CAMPAIGN', 'WEB_FORM', 'REFERRAL', 'IMPORT', 'MANUAL'] as const;
export type LeadSource = (typeof LEAD_SOURCES)[number];

export const COMPANY_SIZES = ['MICRO', 'SMALL', 'MEDIUM', 'LARGE', 'ENTERPRISE'] as const;
export type CompanySize = (typeof COMPANY_SIZES)[number];

export const FOLLOW_UP_TYPES = ['CALL', 'EMAIL', 'MEETING', 'OTHER'] as const;
export type FollowUpType = (typeof FOLLOW_UP_TYPES)[number];

export interface ScoredLead {
  industry: string | null;
  companySize: CompanySize | null;
  jobTitle: string | null;
  region: string | null;
  source: LeadSource;
  followUpTypes: readonly FollowUpType[];
}

export interface ScoreFactor {
  factor: string;
  points: number;
  reason: string;
}

export interface LeadScore {
  total: number;
  factors: ScoreFactor[];
}

const TARGET_INDUSTRIES = new Set([
  'SOFTWARE',
  'FINANCIAL_SERVICES',
  'MANUFACTURING',
  'HEALTHCARE',
  'ENERGY',
]);
const CORE_REGIONS = new Set(['EMEA', 'NA']);
const SIZE_POINTS: Record<CompanySize, number> = {
  MICRO: 0,
  SMALL: 5,
  MEDIUM: 10,
  LARGE: 15,
  ENTERPRISE: 20,
};
const SOURCE_POINTS: Record<LeadSource, number> = {
  REFERRAL: 15,
  WEB_FORM: 10,
  CAMPAIGN: 10,
  MANUAL: 5,
  IMPORT: 0,
};
const FOLLOW_UP_POINTS: Record<FollowUpType, number> = { MEETING: 10, CALL: 5, EMAIL: 3, OTHER: 1 };
const MAX_ENGAGEMENT_POINTS = 25;
const DECISION_MAKER =
  /\b(ceo|cto|cfo|coo|cio|chief|founder|owner|president|vp|vice president|director|head)\b/i;
const INFLUENCER = /\b(manager|lead|architect|principal)\b/i;

function industryFactor(industry: string | null): ScoreFactor {
  if (!industry) return { factor: 'industry', points: 0, reason: 'industry unknown' };
  return TARGET_INDUSTRIES.has(industry)
    ? { factor: 'industry', points: 15, reason: `${industry} is a target industry` }
    : { factor: 'industry', points: 5, reason: `${industry} is outside the target industries` };
}

function sizeFactor(size: CompanySize | null): ScoreFactor {
  if (!size) return { factor: 'companySize', points: 0, reason: 'company size unknown' };
  return { factor: 'companySize', points: SIZE_POINTS[size], reason: `${size} company` };
}

function titleFactor(title: string | null): ScoreFactor {
  if (title && DECISION_MAKER.test(title))
    return { factor: 'jobTitle', points: 15, reason: `${title} is a decision maker` };
  if (title && INFLUENCER.test(title))
    return { factor: 'jobTitle', points: 8, reason: `${title} influences the decision` };
  return {
    factor: 'jobTitle',
    points: 0,
    reason: title ? `${title} is not a buying role` : 'job title unknown',
  };
}

function regionFactor(region: string | null): ScoreFactor {
  if (!region) return { factor: 'region', points: 0, reason: 'region unknown' };
  return CORE_REGIONS.has(region)
    ? { factor: 'region', points: 10, reason: `${region} is a core sales region` }
    : { factor: 'region', points: 5, reason: `${region} is served remotely` };
}

function engagementFactor(types: readonly FollowUpType[]): ScoreFactor {
  const raw = types.reduce((sum, type) => sum + FOLLOW_UP_POINTS[type], 0);
  const points = Math.min(raw, MAX_ENGAGEMENT_POINTS);
  const reason = types.length
    ? `${types.length} follow-up(s)${raw > points ? `, capped at ${MAX_ENGAGEMENT_POINTS}` : ''}`
    : 'no follow-up yet';
  return { factor: 'followUps', points, reason };
}

export function scoreLead(lead: ScoredLead): LeadScore {
  const factors = [
    industryFactor(lead.industry),
    sizeFactor(lead.companySize),
    titleFactor(lead.jobTitle),
    regionFactor(lead.region),
    { factor: 'source', points: SOURCE_POINTS[lead.source], reason: `came in through ${lead.source}` },
    engagementFactor(lead.followUpTypes),
  ];
  return { total: factors.reduce((sum, factor) => sum + factor.points, 0), factors };
}

/** The persisted score of a lead with these fields and follow-ups. */
export function scoreColumns(
  lead: Omit<ScoredLead, 'followUpTypes'>,
  followUpTypes: readonly FollowUpType[],
): { score: number; scoreBreakdown: ScoreFactor[] } {
  const score = scoreLead({ ...lead, followUpTypes });
  return { score: score.total, scoreBreakdown: score.factors };
}
