import { z } from 'zod';
import { optional } from './contact-point-fields';
import { COMPANY_SIZES, GENDERS } from './profile-vocabulary';

export const NAME = z
  .string({ error: 'must not be empty' })
  .trim()
  .min(1, 'must not be empty')
  .max(200, 'must be at most 200 characters');

/** A code of the data dictionary; whether it is an active one is checked against the database. */
export const DICTIONARY_CODE = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z][A-Z0-9_]{0,49}$/, 'must be a dictionary code such as SOFTWARE (letters, digits, _)');

export const WEBSITE = z
  .string()
  .trim()
  .max(500, 'must be at most 500 characters')
  .pipe(z.url({ protocol: /^https?$/, message: 'must be an http(s) address such as https://acme.example' }));

const EARLIEST_BIRTH_DATE = '1900-01-01';

export const BIRTH_DATE = z.iso
  .date('must be a date such as 1990-04-23')
  .refine((date) => date >= EARLIEST_BIRTH_DATE && date <= new Date().toISOString().slice(0, 10), {
    message: `must be between ${EARLIEST_BIRTH_DATE} and today`,
  });

export const COMPANY_SIZE = z.enum(COMPANY_SIZES);
export const GENDER = z.enum(GENDERS);
export const OWNER_ID = z.uuid('must be a user id (UUID)');

/** The optional, kind-independent profile fields shared by create and update. */
export const profileFieldSchemas = {
  source: DICTIONARY_CODE,
  industry: DICTIONARY_CODE,
  region: DICTIONARY_CODE,
  website: WEBSITE,
  companySize: COMPANY_SIZE,
  birthDate: BIRTH_DATE,
  gender: GENDER,
};

export { optional };
