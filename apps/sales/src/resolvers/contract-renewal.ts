import { parseAmount } from '@crm/db';
import { badUserInput } from '@crm/errors';
import { appendToOutbox } from '@crm/messaging';
import { assertRecordAccess } from '@crm/permissions';
import { parseId, recordAudit, type RequestContext } from '@crm/subgraph-kit';
import { Contract } from '../data/contract.entity';
import { lockVersioned } from '../data/lock-versioned';
import { isInForce, moveContractStatus } from '../domain/contract-status';
import { contractTerms } from '../domain/contract-terms';
import { contractRenewed } from '../events/contract-renewed.event';
import { contractTerminated } from '../events/contract-terminated.event';
import type { SalesLoaders } from '../sales-loaders';
import { refuseNul } from '../domain/input-parsing';

type Context = RequestContext<SalesLoaders>;

export interface RenewInput {
  id: string;
  version: number;
  newEndDate: string;
  renewalDate?: string | null;
  value?: string | null;
}

export interface TerminateInput {
  id: string;
  version: number;
  reason: string;
}

/** Extends a contract in force to a later end date; the reminder keeps its lead time. Returns the id. */
export async function renewContract(input: RenewInput, context: Context): Promise<string> {
  const id = parseId('input.id', input.id);
  const value = input.value ? parseAmount('input.value', input.value) : null;
  await context.dataSource.transaction(async (manager) => {
    const before = await lockVersioned(manager, Contract, id, input.version);
    assertRecordAccess(context.caller, 'order:write', before.ownerId, `contract ${id}`);
    if (!isInForce(before.status)) {
      throw badUserInput(
        'input.id',
        `only a SIGNED or ACTIVE contract can be renewed (it is ${before.status})`,
      );
    }
    if (input.newEndDate <= before.endDate) {
      throw badUserInput('input.newEndDate', `must be after the current end date ${before.endDate}`);
    }
    const terms = contractTerms({
      startDate: before.startDate,
      endDate: input.newEndDate,
      renewalDate: input.renewalDate ?? input.newEndDate,
      renewalReminderDays: before.renewalReminderDays,
    });
    const now = new Date();
    const changes = { ...terms, value: value ?? before.value, updatedAt: now };
    const after = { ...before, ...changes, version: before.version + 1 };
    await manager.update(Contract, { id }, { ...changes, version: after.version });
    await appendToOutbox(manager, [
      contractRenewed(after, before.endDate, now, context.caller.userId, context.correlationId),
    ]);
    await recordAudit(manager, context, {
      action: 'renewContract',
      entityType: 'Contract',
      entityId: id,
      before,
      after,
    });
  });
  context.loaders.contractById.clear(id);
  return id;
}

/** Ends a signed or active contract early, with the reason. Returns the id. */
export async function terminateContract(input: TerminateInput, context: Context): Promise<string> {
  const id = parseId('input.id', input.id);
  const reason = refuseNul('input.reason', input.reason).trim();
  if (!reason || reason.length > 1000) throw badUserInput('input.reason', 'must be 1 to 1000 characters');
  await context.dataSource.transaction(async (manager) => {
    const before = await lockVersioned(manager, Contract, id, input.version);
    assertRecordAccess(context.caller, 'order:write', before.ownerId, `contract ${id}`);
    const status = moveContractStatus(before.status, 'TERMINATED', 'input.id');
    const now = new Date();
    const changes = { status, terminationReason: reason, terminatedAt: now, updatedAt: now };
    const after = { ...before, ...changes, version: before.version + 1 };
    await manager.update(Contract, { id }, { ...changes, version: after.version });
    await appendToOutbox(manager, [contractTerminated(after, context.caller.userId, context.correlationId)]);
    await recordAudit(manager, context, {
      action: 'terminateContract',
      entityType: 'Contract',
      entityId: id,
      before,
      after,
    });
  });
  context.loaders.contractById.clear(id);
  return id;
}
