import type { DictionaryKind } from '../../domain/profile-vocabulary';

/** The data dictionary a new installation starts with; admins edit it with upsertDictionaryEntry. */
export const DEFAULT_DICTIONARY: Record<DictionaryKind, [code: string, label: string][]> = {
  INDUSTRY: [
    ['SOFTWARE', 'Software & IT services'],
    ['MANUFACTURING', 'Manufacturing'],
    ['RETAIL', 'Retail & e-commerce'],
    ['FINANCIAL_SERVICES', 'Banking & financial services'],
    ['HEALTHCARE', 'Healthcare & life sciences'],
    ['EDUCATION', 'Education'],
    ['LOGISTICS', 'Transport & logistics'],
    ['ENERGY', 'Energy & utilities'],
    ['TELECOM', 'Telecommunications'],
    ['PUBLIC_SECTOR', 'Public sector'],
    ['PROFESSIONAL_SERVICES', 'Professional services'],
    ['REAL_ESTATE', 'Real estate & construction'],
    ['MEDIA', 'Media & entertainment'],
    ['HOSPITALITY', 'Hospitality & travel'],
    ['OTHER', 'Other'],
  ],
  SOURCE: [
    ['MANUAL', 'Entered by hand'],
    ['WEB_FORM', 'Web form'],
    ['REFERRAL', 'Referral'],
    ['IMPORT', 'Imported file'],
    ['CAMPAIGN', 'Marketing campaign'],
    ['LEAD_CONVERSION', 'Converted lead'],
    ['EVENT', 'Event or trade fair'],
  ],
  REGION: [
    ['EMEA', 'Europe, Middle East & Africa'],
    ['NA', 'North America'],
    ['LATAM', 'Latin America'],
    ['APAC', 'Asia-Pacific'],
  ],
  TAG_GROUP: [
    ['INTEREST', 'Interests'],
    ['BEHAVIOUR', 'Buying behaviour'],
    ['SEGMENT', 'Market segment'],
    ['PORTRAIT', 'Customer portrait'],
  ],
};
