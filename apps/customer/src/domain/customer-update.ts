import { isDeepStrictEqual } from 'node:util';
import { z } from 'zod';
import { ADDRESS_LIST, EMAIL, EMAIL_LIST, PHONE, PHONE_LIST } from './contact-point-fields';
import type { EmailAddress, PhoneNumber } from './contact-points';
import type { NewCustomer } from './new-customer';
import { checkActiveCodes } from './dictionary-codes';
import { checkFieldsFitKind } from './kind-rules';
import { collectInput, unrefused } from './parse-input';
import { primaryValueOf, withPrimaryValue } from './primary-contact-point';
import { NAME, OWNER_ID, profileFieldSchemas as f } from './profile-fields';
import { badUserInput, InputProblems } from '@crm/errors';

/** The editable profile of a customer: everything but its kind, which never changes. */
export type CustomerProfile = Omit<NewCustomer, 'kind'>;
export type ProfileField = keyof CustomerProfile;

/** Absent: unchanged; null: cleared (the name cannot be cleared). */
const clearable = <T extends z.ZodType>(schema: T) => schema.nullable().optional();

const customerUpdateSchema = z
  .object({
    name: NAME.optional(),
    email: clearable(EMAIL),
    phone: clearable(PHONE),
    ownerId: clearable(OWNER_ID),
    source: clearable(f.source),
    industry: clearable(f.industry),
    companySize: clearable(f.companySize),
    website: clearable(f.website),
    region: clearable(f.region),
    birthDate: clearable(f.birthDate),
    gender: clearable(f.gender),
    emails: clearable(EMAIL_LIST),
    phones: clearable(PHONE_LIST),
    addresses: clearable(ADDRESS_LIST),
  })
  .strict();

type CustomerUpdate = z.output<typeof customerUpdateSchema>;

/** A list sent in full wins; a single value sent on its own replaces the list's primary entry. */
function mergeContactPoints<E extends { primary: boolean; label: string | null }>(
  current: E[],
  value: string | null | undefined,
  list: E[] | null | undefined,
  valueOf: (entry: E) => string,
  entryOf: (value: string) => E,
  field: string,
): { value: string | null; list: E[] } | null {
  if (list !== undefined) {
    const entries = list ?? [];
    const primary = primaryValueOf(entries, valueOf);
    if (value !== undefined && value !== primary)
      throw badUserInput(field, `must be the primary entry of the list (${primary}), or be left out`);
    return { value: primary, list: entries };
  }
  if (value === undefined) return null;
  const entries = withPrimaryValue(current, value, valueOf, entryOf);
  return { value: primaryValueOf(entries, valueOf), list: entries };
}

/**
 * Validates updateCustomer's input against the customer as it is and returns only the fields whose
 * value changes (an empty object when nothing does). Kind-specific fields must fit the stored kind;
 * with the data dictionary's active keys, codes must be active ones. Every invalid field is
 * reported at once.
 */
export function parseCustomerUpdate(
  current: NewCustomer,
  input: unknown,
  path = 'input',
  activeDictionaryKeys?: ReadonlySet<string>,
): Partial<CustomerProfile> {
  const problems = new InputProblems();
  const { value, refused } = collectInput(problems, customerUpdateSchema, input ?? {}, path);
  const fields = value ?? unrefused(input, refused, path);
  checkFieldsFitKind(problems, current.kind, fields, path);
  if (value && activeDictionaryKeys) checkActiveCodes(problems, value, activeDictionaryKeys, path);
  if (!value) problems.throwIfAny();
  const update: CustomerUpdate = value!;
  const { email, emails, phone, phones, ...simple } = update;
  const next: Partial<CustomerProfile> = { ...simple, addresses: simple.addresses ?? undefined };
  if (simple.addresses === null) next.addresses = [];
  const mail = problems.check(() =>
    mergeContactPoints<EmailAddress>(
      current.emails,
      email,
      emails,
      (entry) => entry.address,
      (address) => ({ address, label: null, primary: true }),
      `${path}.email`,
    ),
  );
  if (mail) Object.assign(next, { email: mail.value, emails: mail.list });
  const tel = problems.check(() =>
    mergeContactPoints<PhoneNumber>(
      current.phones,
      phone,
      phones,
      (entry) => entry.number,
      (number) => ({ number, label: null, primary: true }),
      `${path}.phone`,
    ),
  );
  problems.throwIfAny();
  if (tel) Object.assign(next, { phone: tel.value, phones: tel.list });
  return Object.fromEntries(
    Object.entries(next).filter(
      ([field, value]) => value !== undefined && !isDeepStrictEqual(current[field as ProfileField], value),
    ),
  ) as Partial<CustomerProfile>;
}
