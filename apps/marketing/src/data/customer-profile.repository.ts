import { In, type EntityManager } from 'typeorm';
import { isUuid } from '@crm/db';
import {
  CONSENT_CHANNELS,
  hasConsent,
  type ConsentChannel,
  type CustomerProfileState,
} from '../domain/customer-profile';
import { CustomerProfile } from './customer-profile.entity';

/** Merges chain (A into B, later B into C): follow them, a bounded number of steps. */
const MAX_MERGE_HOPS = 20;

/** The customer an id stands for now: itself, or the survivor it was merged into. */
export async function survivorOf(manager: EntityManager, customerId: string): Promise<string> {
  return (await survivorsOf(manager, [customerId]))[0];
}

/** The customers the ids stand for now, in the same order, followed along merge chains in one query. */
export async function survivorsOf(manager: EntityManager, customerIds: string[]): Promise<string[]> {
  if (customerIds.length === 0) return [];
  const rows: { start_id: string; survivor_id: string }[] = await manager.query(
    `WITH RECURSIVE chain (start_id, id, hops) AS (
       SELECT start_id, start_id, 0 FROM unnest($1::uuid[]) AS start_id
       UNION ALL
       SELECT chain.start_id, merges.survivor_id, chain.hops + 1
         FROM chain JOIN customer_profile_merges merges ON merges.merged_id = chain.id
        WHERE chain.hops < $2
     )
     SELECT DISTINCT ON (start_id) start_id, id AS survivor_id FROM chain ORDER BY start_id, hops DESC`,
    [customerIds, MAX_MERGE_HOPS],
  );
  const survivorByStart = new Map(rows.map((row) => [row.start_id, row.survivor_id]));
  return customerIds.map((id) => survivorByStart.get(id.toLowerCase()) ?? id);
}

/**
 * The profile locked for this transaction, created empty when the customer is not known yet: a
 * payment or order may arrive before customer.created (topics are not ordered with each other).
 */
export async function profileForChange(manager: EntityManager, customerId: string): Promise<CustomerProfile> {
  await manager.query(
    'INSERT INTO customer_profiles (customer_id, updated_at) VALUES ($1, now()) ON CONFLICT DO NOTHING',
    [customerId],
  );
  return manager.findOneOrFail(CustomerProfile, {
    where: { customerId },
    lock: { mode: 'pessimistic_write' },
  });
}

/** Writes the profile row back (it exists: profileForChange made and locked it). */
export async function saveProfile(
  manager: EntityManager,
  profile: CustomerProfileState,
  now: Date,
): Promise<void> {
  const { customerId, ...attributes } = profile;
  await manager.update(CustomerProfile, { customerId }, { ...attributes, updatedAt: now });
}

/** Takes the merged customers' profiles out of the projection and remembers where they went. */
export async function takeMergedProfiles(
  manager: EntityManager,
  survivorId: string,
  mergedIds: string[],
  mergedAt: Date,
): Promise<CustomerProfile[]> {
  await manager.query(
    `INSERT INTO customer_profile_merges (merged_id, survivor_id, merged_at)
     SELECT merged_id, $1, $3 FROM unnest($2::uuid[]) AS merged_id
     ON CONFLICT (merged_id) DO UPDATE SET survivor_id = EXCLUDED.survivor_id, merged_at = EXCLUDED.merged_at`,
    [survivorId, mergedIds, mergedAt],
  );
  // Customers merged into a merged one earlier now lead to the survivor directly.
  await manager.query(
    'UPDATE customer_profile_merges SET survivor_id = $1 WHERE survivor_id = ANY($2::uuid[])',
    [survivorId, mergedIds],
  );
  const profiles = await manager.find(CustomerProfile, {
    where: { customerId: In(mergedIds) },
    lock: { mode: 'pessimistic_write' },
  });
  if (profiles.length > 0) await manager.delete(CustomerProfile, { customerId: In(mergedIds) });
  return profiles;
}

/**
 * What marketing knows of a customer (for sending, scoring, journeys): the survivor's profile
 * when the id was merged away; null when no event about the customer has arrived yet.
 */
export async function findCustomerProfile(
  manager: EntityManager,
  customerId: string,
): Promise<CustomerProfile | null> {
  if (!isUuid(customerId)) return null;
  return manager.findOneBy(CustomerProfile, { customerId: await survivorOf(manager, customerId) });
}

/**
 * The customer's consent per channel: true only when the customer granted it and has not
 * withdrawn it since (no decision recorded means no consent, GDPR Art. 7).
 */
export async function customerConsent(
  manager: EntityManager,
  customerId: string,
): Promise<Record<ConsentChannel, boolean>> {
  const profile = await findCustomerProfile(manager, customerId);
  return Object.fromEntries(
    CONSENT_CHANNELS.map((channel) => [channel, hasConsent(profile, channel)]),
  ) as Record<ConsentChannel, boolean>;
}

/** Profiles by customer id or by e-mail address (case-insensitive), for list imports. */
export async function profilesByIdsOrEmails(
  manager: EntityManager,
  ids: string[],
  emails: string[],
): Promise<{ customerId: string; email: string | null }[]> {
  return manager.query(
    `SELECT customer_id AS "customerId", email FROM customer_profiles
     WHERE customer_id = ANY($1::uuid[]) OR lower(email) = ANY($2::text[])`,
    [ids.filter(isUuid), emails.map((email) => email.toLowerCase())],
  );
}
