import { z } from 'zod';
import { EMAIL, PHONE, optional } from './contact-point-fields';

/** The role a contact plays in the account's buying decisions. */
export const CONTACT_ROLES = [
  'DECISION_MAKER',
  'INFLUENCER',
  'CHAMPION',
  'TECHNICAL',
  'BILLING',
  'USER',
  'OTHER',
] as const;
export type ContactRole = (typeof CONTACT_ROLES)[number];

const PERSON_NAME = z.string().trim().min(1, 'must not be empty').max(100, 'must be at most 100 characters');

export const contactFieldSchemas = {
  firstName: PERSON_NAME,
  lastName: PERSON_NAME,
  email: EMAIL,
  phone: PHONE,
  jobTitle: z.string().trim().min(1, 'must not be empty').max(100, 'must be at most 100 characters'),
  role: z.enum(CONTACT_ROLES),
};

export interface ContactDetails {
  firstName: string;
  lastName: string;
  email: string | null;
  phone: string | null;
  jobTitle: string | null;
  role: ContactRole | null;
  primary: boolean;
}

export { optional };
