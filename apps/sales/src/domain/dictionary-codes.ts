/**
 * The codes of the customer service's default data dictionary (its migration
 * `default-dictionary.ts`). Sales keeps no projection of the dictionary (the customer service
 * publishes no dictionary events), so a lead's industry, region and source are checked against
 * the codes every installation starts with: a lead converts into a customer with the same codes.
 */
export const INDUSTRY_CODES = [
  'SOFTWARE',
  'MANUFACTURING',
  'RETAIL',
  'FINANCIAL_SERVICES',
  'HEALTHCARE',
  'EDUCATION',
  'LOGISTICS',
  'ENERGY',
  'TELECOM',
  'PUBLIC_SECTOR',
  'PROFESSIONAL_SERVICES',
  'REAL_ESTATE',
  'MEDIA',
  'HOSPITALITY',
  'OTHER',
] as const;

export const REGION_CODES = ['EMEA', 'NA', 'LATAM', 'APAC'] as const;

export const SOURCE_CODES = [
  'MANUAL',
  'WEB_FORM',
  'REFERRAL',
  'IMPORT',
  'CAMPAIGN',
  'LEAD_CONVERSION',
  'EVENT',
] as const;
