import type { EntityManager } from 'typeorm';
import { In } from 'typeorm';
import { popularityGroupOf } from '../domain/popularity-group';
import { RecommendationCustomer } from './recommendation-customer.entity';

export type ProfileChanges = Partial<
  Pick<RecommendationCustomer, 'ownerId' | 'tier' | 'industry' | 'region'>
>;

const blankProfile = (id: string, at: Date): RecommendationCustomer =>
  Object.assign(new RecommendationCustomer(), {
    id,
    ownerId: null,
    tier: null,
    industry: null,
    region: null,
    popularityGroup: null,
    mergedInto: null,
    erasedAt: null,
    updatedAt: at,
  });

async function lockedProfile(manager: EntityManager, id: string, at: Date): Promise<RecommendationCustomer> {
  await manager.query(
    'INSERT INTO recommendation_customers (id, updated_at) VALUES ($1, $2) ON CONFLICT DO NOTHING',
    [id, at],
  );
  const profile = await manager.findOne(RecommendationCustomer, {
    where: { id },
    lock: { mode: 'pessimistic_write' },
  });
  return profile ?? blankProfile(id, at);
}

/**
 * Applies what a customer event says (in any order: an update may come before the creation is
 * seen); the popularity group follows. An erased customer keeps no attributes.
 */
export async function applyProfileChanges(
  manager: EntityManager,
  id: string,
  changes: ProfileChanges,
  at: Date,
): Promise<void> {
  const profile = await lockedProfile(manager, id, at);
  if (profile.erasedAt) return;
  const next = { ...profile, ...changes };
  await manager.update(RecommendationCustomer, id, {
    ...changes,
    popularityGroup: popularityGroupOf(next),
    updatedAt: at,
  });
}

/** Merged customers point at the survivor, and so does whatever pointed at them (merges of merges). */
export async function markCustomersMerged(
  manager: EntityManager,
  survivorId: string,
  mergedIds: string[],
  at: Date,
): Promise<void> {
  await lockedProfile(manager, survivorId, at);
  await manager.query(
    `INSERT INTO recommendation_customers (id, merged_into, updated_at) SELECT unnest($1::uuid[]), $2, $3
     ON CONFLICT (id) DO UPDATE SET merged_into = EXCLUDED.merged_into, updated_at = EXCLUDED.updated_at`,
    [mergedIds, survivorId, at],
  );
  await manager.update(
    RecommendationCustomer,
    { mergedInto: In(mergedIds) },
    { mergedInto: survivorId, updatedAt: at },
  );
}

/** Keeps only the id and the time of erasure: later events about the customer are recognised and dropped. */
export async function markCustomerErased(manager: EntityManager, id: string, at: Date): Promise<void> {
  await lockedProfile(manager, id, at);
  await manager.update(RecommendationCustomer, id, {
    ownerId: null,
    tier: null,
    industry: null,
    region: null,
    popularityGroup: null,
    erasedAt: at,
    updatedAt: at,
  });
}

/** Where a purchase of `customerId` belongs now: itself, the survivor of its merge, or nowhere (erased). */
export async function purchaserOf(manager: EntityManager, customerId: string): Promise<string | null> {
  let id = customerId;
  // markCustomersMerged keeps chains one hop long; the bound only guards against a cycle.
  for (let hop = 0; hop < 10; hop += 1) {
    const profile = await manager.findOneBy(RecommendationCustomer, { id });
    if (!profile) return id;
    if (profile.erasedAt) return null;
    if (!profile.mergedInto) return id;
    id = profile.mergedInto;
  }
  throw new Error(`customer ${customerId} is merged in a cycle`);
}

export function findRecommendationCustomers(manager: EntityManager, ids: readonly string[]) {
  return manager.findBy(RecommendationCustomer, { id: In([...ids]) });
}
