/** Head-count bands of a B2B account (EU recommendation 2003/361 bands, plus ENTERPRISE). */
export const COMPANY_SIZES = ['MICRO', 'SMALL', 'MEDIUM', 'LARGE', 'ENTERPRISE'] as const;
export type CompanySize = (typeof COMPANY_SIZES)[number];

/** Optional and self-declared; a person's profile may leave it out. */
export const GENDERS = ['FEMALE', 'MALE', 'OTHER'] as const;
export type Gender = (typeof GENDERS)[number];

/** The channels a customer consents to be contacted on, one current decision each. */
export const CONSENT_CHANNELS = ['EMAIL', 'SMS', 'PHONE'] as const;
export type ConsentChannel = (typeof CONSENT_CHANNELS)[number];

/** The admin-editable code lists of the data dictionary. */
export const DICTIONARY_KINDS = ['INDUSTRY', 'SOURCE', 'REGION', 'TAG_GROUP'] as const;
export type DictionaryKind = (typeof DICTIONARY_KINDS)[number];
