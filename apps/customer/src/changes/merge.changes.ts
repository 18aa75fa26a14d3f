import { assertRecordAccess } from '@crm/permissions';
import { runChange, type Change, type ChangeScope } from '@crm/subgraph-kit';
import { Customer } from '../data/customer.entity';
import { lockMergeParties, markMerged, moveCustomerChildren } from '../data/customer-merge.repository';
import { assertMergeable, fillSurvivorProfile, parseMergeRequest } from '../domain/customer-merge';
import { customerMerged } from '../events/customer-merged.event';
import { customerUpdated } from '../events/customer-updated.event';

const pick = (customer: Customer, fields: string[]) =>
  Object.fromEntries(fields.map((field) => [field, customer[field as keyof Customer]]));

/** The survivor takes the merged customers' values for its blank fields; audited with the moved rows. */
async function updateSurvivor(
  change: Change,
  survivor: Customer,
  merged: Customer[],
  movedRows: Record<string, number>,
  now: Date,
): Promise<Customer> {
  const changes = fillSurvivorProfile(survivor, merged);
  const fields = Object.keys(changes);
  // The write path's own update would audit the profile alone: this entry also names the moved rows.
  await change.manager.update(
    Customer,
    { id: survivor.id },
    { ...changes, updatedAt: now, version: () => 'version + 1' },
  );
  const updated = await change.manager.findOneByOrFail(Customer, { id: survivor.id });
  if (fields.length > 0)
    change.publish(customerUpdated(updated.id, pick(updated, fields), now, change.origin));
  change.audit({
    action: 'mergeCustomers',
    entityType: 'Customer',
    entityId: survivor.id,
    before: { ...pick(survivor, fields), mergedCustomerIds: [] },
    after: { ...pick(updated, fields), mergedCustomerIds: merged.map((customer) => customer.id), movedRows },
  });
  return updated;
}

export interface MergeCustomersArgs {
  survivorId: string;
  mergedIds: string[];
  version?: number | null;
}

/** mergeCustomers: folds duplicates into a survivor and tells the other domains (customer.merged). */
export function mergeCustomers(scope: ChangeScope, { survivorId, mergedIds, version }: MergeCustomersArgs) {
  const request = parseMergeRequest(survivorId, mergedIds);
  return runChange(scope, async (change) => {
    const parties = await lockMergeParties(change.manager, [request.survivorId, ...request.mergedIds]);
    for (const customer of parties)
      assertRecordAccess(change.caller, 'customer:write', customer.ownerId, `customer ${customer.id}`);
    const byId = new Map(parties.map((customer) => [customer.id, customer]));
    assertMergeable(request, byId);
    // Locked with the others above: this only compares the version, with the write path's CONFLICT.
    const current = await change.lock(Customer, request.survivorId, { field: 'survivorId', version });
    const now = new Date();
    const merged = request.mergedIds.map((id) => byId.get(id)!);
    const movedRows = await moveCustomerChildren(change.manager, request.survivorId, request.mergedIds);
    const survivor = await updateSurvivor(change, current, merged, movedRows, now);
    await markMerged(change.manager, request.survivorId, request.mergedIds, now);
    change.publish(customerMerged(request.survivorId, request.mergedIds, now, change.origin));
    for (const id of request.mergedIds)
      change.audit({
        action: 'mergeCustomers',
        entityType: 'Customer',
        entityId: id,
        before: { mergedIntoId: null },
        after: { mergedIntoId: request.survivorId },
      });
    return survivor;
  });
}
