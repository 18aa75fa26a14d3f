import type { EntityManager } from 'typeorm';
import { copyRowsInto } from '@crm/db';
import type { MergeableProfile, ProfilePatch } from '../domain/duplicate-merge';
import type { Customer } from './customer.entity';

/** An existing customer a row may duplicate, with what a merge could complete. */
export interface DuplicateCandidate extends MergeableProfile {
  id: string;
}

const COPIED_COLUMNS = [
  'id',
  'kind',
  'name',
  'email',
  'phone',
  'owner_id',
  'lifecycle_stage',
  'source',
  'industry',
  'company_size',
  'website',
  'region',
  'birth_date',
  'gender',
  'emails',
  'phones',
  'addresses',
  'created_at',
  'updated_at',
  'version',
] as const;

const copyRowOf = (c: Customer) => [
  c.id,
  c.kind,
  c.name,
  c.email,
  c.phone,
  c.ownerId,
  c.lifecycleStage,
  c.source,
  c.industry,
  c.companySize,
  c.website,
  c.region,
  c.birthDate,
  c.gender,
  c.emails,
  c.phones,
  c.addresses,
  c.createdAt,
  c.updatedAt,
  c.version,
];

/** The rows of a batch, in one COPY (text format: the JSON columns are written as JSON). */
export async function copyNewCustomers(manager: EntityManager, customers: Customer[]): Promise<void> {
  if (customers.length === 0) return;
  await copyRowsInto(manager, 'customers', COPIED_COLUMNS, customers.map(copyRowOf));
}

/**
 * Live customers with one of these primary emails or phones, or these ids. A merge locks them
 * (FOR UPDATE) so the blanks it fills are still blank when it writes.
 */
export async function findDuplicateCandidates(
  manager: EntityManager,
  keys: { emails: string[]; phones: string[]; ids: string[] },
  lock: boolean,
): Promise<DuplicateCandidate[]> {
  if (keys.emails.length + keys.phones.length + keys.ids.length === 0) return [];
  return manager.query(
    `SELECT id, kind, email, phone, owner_id AS "ownerId", source, industry, company_size AS "companySize",
            website, region, to_char(birth_date, 'YYYY-MM-DD') AS "birthDate", gender, emails, phones
       FROM customers
      WHERE (email = ANY($1::text[]) OR phone = ANY($2::text[]) OR id = ANY($3::uuid[]))
        AND merged_into_id IS NULL AND erased_at IS NULL
      ORDER BY created_at, id
      ${lock ? 'FOR UPDATE' : ''}`,
    [keys.emails, keys.phones, keys.ids],
  );
}

/** Fills the blanks a merge found (fillBlankFields computed them under the row lock). */
export async function applyProfilePatches(
  manager: EntityManager,
  patches: { id: string; patch: ProfilePatch }[],
  now: Date,
): Promise<void> {
  if (patches.length === 0) return;
  await manager.query(
    `UPDATE customers c SET
        email = COALESCE(p.email, c.email), phone = COALESCE(p.phone, c.phone),
        owner_id = COALESCE(p."ownerId", c.owner_id), source = COALESCE(p.source, c.source),
        industry = COALESCE(p.industry, c.industry), company_size = COALESCE(p."companySize", c.company_size),
        website = COALESCE(p.website, c.website), region = COALESCE(p.region, c.region),
        birth_date = COALESCE(p."birthDate", c.birth_date), gender = COALESCE(p.gender, c.gender),
        emails = COALESCE(p.emails, c.emails), phones = COALESCE(p.phones, c.phones),
        updated_at = $2, version = c.version + 1
       FROM jsonb_to_recordset($1::jsonb) AS p(
        id uuid, email text, phone text, "ownerId" uuid, source text, industry text, "companySize" text,
        website text, region text, "birthDate" date, gender text, emails jsonb, phones jsonb)
      WHERE c.id = p.id`,
    [JSON.stringify(patches.map(({ id, patch }) => ({ id, ...patch }))), now],
  );
}
