import { z } from 'zod';
import { badUserInput, InputProblems } from '@crm/errors';
import { ADDRESS_LIST, EMAIL, EMAIL_LIST, PHONE, PHONE_LIST } from './contact-point-fields';
import type { EmailAddress, PhoneNumber, PostalAddress } from './contact-points';
import {
  CUSTOMER_KINDS,
  INITIAL_LIFECYCLE_STAGE,
  type CustomerKind,
  type LifecycleStage,
} from './customer-vocabulary';
import { checkActiveCodes } from './dictionary-codes';
import { checkFieldsFitKind } from './kind-rules';
import { collectInput, unrefused } from './parse-input';
import { primaryValueOf } from './primary-contact-point';
import type { CompanySize, Gender } from './profile-vocabulary';
import { NAME, OWNER_ID, optional, profileFieldSchemas as f } from './profile-fields';

export interface NewCustomer {
  kind: CustomerKind;
  name: string;
  /** The primary entry of `emails`, mirrored for search and dedup. */
  email: string | null;
  /** The primary entry of `phones`, E.164. */
  phone: string | null;
  ownerId: string | null;
  source: string | null;
  industry: string | null;
  companySize: CompanySize | null;
  website: string | null;
  region: string | null;
  birthDate: string | null;
  gender: Gender | null;
  emails: EmailAddress[];
  phones: PhoneNumber[];
  addresses: PostalAddress[];
}

const newCustomerSchema = z.object({
  kind: z.enum(CUSTOMER_KINDS),
  name: NAME,
  email: optional(EMAIL),
  phone: optional(PHONE),
  ownerId: optional(OWNER_ID),
  source: optional(f.source),
  industry: optional(f.industry),
  companySize: optional(f.companySize),
  website: optional(f.website),
  region: optional(f.region),
  birthDate: optional(f.birthDate),
  gender: optional(f.gender),
  emails: optional(EMAIL_LIST),
  phones: optional(PHONE_LIST),
  addresses: optional(ADDRESS_LIST),
});

const emailEntry = (address: string): EmailAddress => ({ address, label: null, primary: true });
const phoneEntry = (number: string): PhoneNumber => ({ number, label: null, primary: true });

/**
 * The single `value` (email or phone) and its list agree: a list's primary entry is the value; a
 * value without a list becomes the list's only, primary entry.
 */
function reconcile<E extends { primary: boolean; label: string | null }>(
  value: string | null,
  list: E[] | null,
  valueOf: (entry: E) => string,
  entryOf: (value: string) => E,
  field: string,
): { value: string | null; list: E[] } {
  if (!list?.length) return { value, list: value ? [entryOf(value)] : [] };
  const primary = primaryValueOf(list, valueOf);
  if (value !== null && value !== primary)
    throw badUserInput(field, `must be the primary entry of the list (${primary}), or be left out`);
  return { value: primary, list };
}

/**
 * Validates and normalises createCustomer's input; every invalid field is reported at once, each
 * with its field path. With the data dictionary's active keys, source, industry and region must be
 * active codes of it.
 */
export function parseNewCustomer(
  input: unknown,
  path = 'input',
  activeDictionaryKeys?: ReadonlySet<string>,
): NewCustomer {
  const problems = new InputProblems();
  const { value, refused } = collectInput(problems, newCustomerSchema, input, path);
  if (!value) {
    // The rules between fields still speak for the fields the schema let through.
    const fields = unrefused(input, refused, path);
    const kind = (fields as { kind?: unknown }).kind;
    if (CUSTOMER_KINDS.includes(kind as CustomerKind))
      checkFieldsFitKind(problems, kind as CustomerKind, fields, path);
    if (activeDictionaryKeys) checkActiveCodes(problems, codesOf(fields), activeDictionaryKeys, path);
    problems.throwIfAny();
  }
  const { email, emails, phone, phones, addresses, ...fields } = value!;
  checkFieldsFitKind(problems, fields.kind, fields, path);
  if (activeDictionaryKeys) checkActiveCodes(problems, fields, activeDictionaryKeys, path);
  const mail = problems.check(() =>
    reconcile(
      email,
      emails,
      (entry) => entry.address,
      (address) => ({ address, label: null, primary: true }),
      `${path}.email`,
    ),
  );
  const tel = problems.check(() =>
    reconcile(
      phone,
      phones,
      (entry) => entry.number,
      (number) => ({ number, label: null, primary: true }),
      `${path}.phone`,
    ),
  );
  problems.throwIfAny();
  return {
    ...fields,
    email: mail!.value,
    emails: mail!.list,
    phone: tel!.value,
    phones: tel!.list,
    addresses: addresses ?? [],
  };
}

/** Dictionary codes as sent (trimmed, upper case), for checking them beside a refused field. */
function codesOf(fields: Record<string, unknown>) {
  const code = (value: unknown) => (typeof value === 'string' ? value.trim().toUpperCase() : null);
  return { source: code(fields.source), industry: code(fields.industry), region: code(fields.region) };
}

/** A customer as it is born, whoever creates it: createCustomer, a converted lead, an import. */
export interface NewCustomerRecord extends NewCustomer {
  id: string;
  lifecycleStage: LifecycleStage;
  createdAt: Date;
  updatedAt: Date;
  version: number;
}

/** Every new customer starts as a prospect at version 1 (DESIGN §3). */
export function newCustomerRecord(fields: NewCustomer, id: string, at: Date): NewCustomerRecord {
  return {
    ...fields,
    id,
    lifecycleStage: INITIAL_LIFECYCLE_STAGE,
    createdAt: at,
    updatedAt: at,
    version: 1,
  };
}

/** What a converted lead says of its customer (the payload of crm.sales.lead.converted). */
export interface ConvertedLead {
  customerKind: CustomerKind;
  customerName: string;
  email: string | null;
  phone: string | null;
  ownerId: string | null;
  industry: string | null;
  region: string | null;
}

/** The dictionary source of customers born from a lead (see default-dictionary.ts). */
export const LEAD_CONVERSION_SOURCE = 'LEAD_CONVERSION';

/**
 * The customer a converted lead becomes. Sales validated the lead with its own rules and the
 * conversion must not fail on them, so the values are taken as they are; the email and phone
 * become their lists' primary entries by createCustomer's rule.
 */
export function newCustomerOfLead(lead: ConvertedLead): NewCustomer {
  const mail = reconcile(lead.email, null, (e: EmailAddress) => e.address, emailEntry, 'email');
  const tel = reconcile(lead.phone, null, (e: PhoneNumber) => e.number, phoneEntry, 'phone');
  return {
    kind: lead.customerKind,
    name: lead.customerName,
    email: mail.value,
    emails: mail.list,
    phone: tel.value,
    phones: tel.list,
    addresses: [],
    ownerId: lead.ownerId,
    source: LEAD_CONVERSION_SOURCE,
    industry: lead.industry,
    region: lead.region,
    companySize: null,
    website: null,
    birthDate: null,
    gender: null,
  };
}
