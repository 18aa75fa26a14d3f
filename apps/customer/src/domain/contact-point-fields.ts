import { isSupportedCountry, parsePhoneNumberFromString } from 'libphonenumber-js';
import { z } from 'zod';
import type { EmailAddress, PhoneNumber, PostalAddress } from './contact-points';

export const optional = <T extends z.ZodType>(schema: T) =>
  schema.nullish().transform((value) => value ?? null);

export const EMAIL = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email('must be an email address such as ada@example.com'));

/** Any valid international number, stored as E.164 so search and dedup compare like with like. */
export const PHONE = z
  .string()
  .trim()
  .transform((value, context) => {
    const parsed = parsePhoneNumberFromString(value);
    if (parsed?.isValid()) return parsed.number as string;
    context.addIssue({
      code: 'custom',
      message: `must be a valid international phone number such as +33612345678 (got ${value})`,
    });
    return z.NEVER;
  });

const LABEL = optional(
  z.string().trim().min(1, 'must not be empty').max(50, 'must be at most 50 characters'),
);
const LINE = (max: number) =>
  z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);

/** ISO 3166-1 alpha-2; libphonenumber's metadata lists every assigned country code. */
const COUNTRY = z
  .string()
  .trim()
  .toUpperCase()
  .refine((code) => /^[A-Z]{2}$/.test(code) && isSupportedCountry(code), {
    message: 'must be an ISO 3166-1 alpha-2 country code such as DE',
  });

const emailEntry = z.object({ address: EMAIL, label: LABEL, primary: z.boolean().nullish() });
const phoneEntry = z.object({ number: PHONE, label: LABEL, primary: z.boolean().nullish() });

export const POSTAL_ADDRESS = z.object({
  label: LABEL,
  street: LINE(200),
  city: LINE(100),
  postalCode: optional(LINE(20)),
  region: optional(LINE(100)),
  country: COUNTRY,
}) satisfies z.ZodType<PostalAddress>;

/**
 * A list of contact points with exactly one primary entry once it is non-empty: none marked means
 * the first is primary; two marked, or the same value twice, is refused on the offending entry.
 */
function contactPointList<E extends { primary?: boolean | null }, K extends keyof E>(
  entry: z.ZodType<E>,
  key: K,
) {
  return z
    .array(entry)
    .max(20, 'must have at most 20 entries')
    .superRefine((entries, context) => {
      const seen = new Set<unknown>();
      entries.forEach((item, index) => {
        if (seen.has(item[key]))
          context.addIssue({ code: 'custom', path: [index, String(key)], message: 'is listed twice' });
        seen.add(item[key]);
      });
      const primaries = entries.flatMap((item, index) => (item.primary ? [index] : []));
      if (primaries.length > 1)
        context.addIssue({
          code: 'custom',
          path: [primaries[1], 'primary'],
          message: 'only one entry may be primary',
        });
    })
    .transform((entries) => {
      const primaryIndex = Math.max(
        entries.findIndex((item) => item.primary),
        0,
      );
      return entries.map((item, index) => ({ ...item, primary: index === primaryIndex }));
    });
}

export const EMAIL_LIST = contactPointList(emailEntry, 'address') as unknown as z.ZodType<EmailAddress[]>;
export const PHONE_LIST = contactPointList(phoneEntry, 'number') as unknown as z.ZodType<PhoneNumber[]>;
export const ADDRESS_LIST = z.array(POSTAL_ADDRESS).max(20, 'must have at most 20 entries');
