import type { EntityManager } from 'typeorm';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { conflict } from '@crm/errors';
import { updateWithVersion } from '@crm/db';
import { appendToOutbox } from '@crm/messaging';
import { assertRecordAccess, guard } from '@crm/permissions';
import { recordAudit, type RequestContext } from '@crm/subgraph-kit';
import { Customer } from '../data/customer.entity';
import { lockMergeParties, markMerged, moveCustomerChildren } from '../data/customer-merge.repository';
import {
  assertMergeable,
  fillSurvivorProfile,
  parseMergeRequest,
  type MergeRequest,
} from '../domain/customer-merge';
import { customerMerged } from '../events/customer-merged.event';
import { customerUpdated } from '../events/customer-updated.event';
import type { CustomerLoaders } from '../customer-loaders';

type Context = RequestContext<CustomerLoaders>;

interface MergeCustomersArgs {
  survivorId: string;
  mergedIds: string[];
  version?: number | null;
}

const pick = (customer: Customer, fields: string[]) =>
  Object.fromEntries(fields.map((field) => [field, customer[field as keyof Customer]]));

interface SurvivorUpdate {
  now: Date;
  /** Rows moved per table, kept in the audit entry. */
  movedRows: Record<string, number>;
}

/** The survivor takes the merged customers' values for its blank fields; audited with the moved rows. */
async function updateSurvivor(
  manager: EntityManager,
  survivor: Customer,
  merged: Customer[],
  { now, movedRows }: SurvivorUpdate,
  context: Context,
): Promise<Customer> {
  const changes = fillSurvivorProfile(survivor, merged);
  const fields = Object.keys(changes);
  // The row is locked: the version read with it is current.
  await updateWithVersion(manager, Customer, survivor.id, survivor.version, { ...changes, updatedAt: now });
  const updated = await manager.findOneByOrFail(Customer, { id: survivor.id });
  if (fields.length > 0) {
    await appendToOutbox(manager, [customerUpdated(updated.id, pick(updated, fields), now, context)]);
  }
  await recordAudit(manager, context, {
    action: 'mergeCustomers',
    entityType: 'Customer',
    entityId: survivor.id,
    before: { ...pick(survivor, fields), mergedCustomerIds: [] },
    after: { ...pick(updated, fields), mergedCustomerIds: merged.map((customer) => customer.id), movedRows },
  });
  return updated;
}

async function merge(request: MergeRequest, version: number | null | undefined, context: Context) {
  const { survivorId, mergedIds } = request;
  return context.dataSource.transaction(async (manager) => {
    const parties = await lockMergeParties(manager, [survivorId, ...mergedIds]);
    for (const customer of parties) {
      assertRecordAccess(context.caller, 'customer:write', customer.ownerId, `customer ${customer.id}`);
    }
    const byId = new Map(parties.map((customer) => [customer.id, customer]));
    assertMergeable(request, byId);
    const current = byId.get(survivorId)!;
    if (version != null && version !== current.version) {
      throw conflict(
        `Customer ${survivorId} was changed by someone else (version ${current.version}, you had ${version}); reload and retry`,
      );
    }
    const now = new Date();
    const merged = mergedIds.map((id) => byId.get(id)!);
    const movedRows = await moveCustomerChildren(manager, survivorId, mergedIds);
    const survivor = await updateSurvivor(manager, current, merged, { now, movedRows }, context);
    await markMerged(manager, survivorId, mergedIds, now);
    await appendToOutbox(manager, [customerMerged(survivorId, mergedIds, now, context)]);
    for (const id of mergedIds) {
      await recordAudit(manager, context, {
        action: 'mergeCustomers',
        entityType: 'Customer',
        entityId: id,
        before: { mergedIntoId: null },
        after: { mergedIntoId: survivorId },
      });
    }
    return survivor;
  });
}

/** mergeCustomers: folds duplicates into a survivor and tells the other domains (customer.merged). */
export const customerMergeResolvers: GraphQLResolverMap<Context> = {
  Mutation: {
    mergeCustomers: guard(
      'customer:write',
      (_: unknown, { survivorId, mergedIds, version }: MergeCustomersArgs, context: Context) =>
        merge(parseMergeRequest(survivorId, mergedIds), version, context),
    ),
  },
};
