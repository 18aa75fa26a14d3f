import type { EmailAddress, PhoneNumber } from './contact-points';
import type { NewCustomer } from './new-customer';

/** The part of a customer profile that a duplicate row can complete. */
export type MergeableProfile = Pick<
  NewCustomer,
  | 'kind'
  | 'email'
  | 'phone'
  | 'ownerId'
  | 'source'
  | 'industry'
  | 'companySize'
  | 'website'
  | 'region'
  | 'birthDate'
  | 'gender'
  | 'emails'
  | 'phones'
>;

export type ProfilePatch = Partial<Omit<MergeableProfile, 'kind'>>;

const SCALAR_FIELDS = ['ownerId', 'source', 'industry', 'website', 'region'] as const;
const PERSON_FIELDS = ['birthDate', 'gender'] as const;
const COMPANY_FIELDS = ['companySize'] as const;

const withPrimary = <E extends { primary: boolean }>(entry: E, others: E[]): E[] => [
  entry,
  ...others.map((other) => ({ ...other, primary: false })),
];

/**
 * Merging a duplicate only fills what the existing customer leaves blank: a value already there
 * always wins, and kind-specific fields (a birth date, a company size) only go to that kind.
 * Returns null when the duplicate adds nothing.
 */
export function fillBlankFields(
  existing: MergeableProfile,
  duplicate: MergeableProfile,
): ProfilePatch | null {
  const patch: ProfilePatch = {};
  const fillable = [
    ...SCALAR_FIELDS,
    ...(existing.kind === 'PERSON' ? PERSON_FIELDS : COMPANY_FIELDS),
  ] as (keyof ProfilePatch)[];
  for (const field of fillable) {
    if (existing[field] === null && duplicate[field] !== null)
      Object.assign(patch, { [field]: duplicate[field] });
  }
  if (existing.email === null && duplicate.email !== null) {
    const entry: EmailAddress = { address: duplicate.email, label: null, primary: true };
    patch.email = duplicate.email;
    patch.emails = withPrimary(
      entry,
      existing.emails.filter((other) => other.address !== duplicate.email),
    );
  }
  if (existing.phone === null && duplicate.phone !== null) {
    const entry: PhoneNumber = { number: duplicate.phone, label: null, primary: true };
    patch.phone = duplicate.phone;
    patch.phones = withPrimary(
      entry,
      existing.phones.filter((other) => other.number !== duplicate.phone),
    );
  }
  return Object.keys(patch).length > 0 ? patch : null;
}
