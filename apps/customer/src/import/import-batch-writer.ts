import type { EntityManager } from 'typeorm';
import { appendBatchToOutbox } from '@crm/messaging';
import { Customer } from '../data/customer.entity';
import {
  applyProfilePatches,
  copyNewCustomers,
  findDuplicateCandidates,
  type DuplicateCandidate,
} from '../data/customer-import.repository';
import { columnOfKey, duplicateKeysOf, type ImportRowProblem } from '../domain/customer-import-row';
import { fillBlankFields, type ProfilePatch } from '../domain/duplicate-merge';
import { newCustomerRecord, type NewCustomer } from '../domain/new-customer';
import { customerCreated } from '../events/customer-created.event';
import { customerUpdated } from '../events/customer-updated.event';
import type { CustomerImportOptions } from './import-options';

/** A valid row that becomes a new customer unless it duplicates one already in the database. */
export interface PendingCustomer {
  row: number;
  id: string;
  customer: NewCustomer;
}

/** A row that duplicates a customer an earlier batch of this import created (MERGE only). */
export interface PendingMerge {
  row: number;
  key: string;
  targetId: string;
  customer: NewCustomer;
}

export interface BatchOutcome {
  created: PendingCustomer[];
  /** Rows found to duplicate an existing customer: the id they were given → that customer's id. */
  matched: Map<string, string>;
  merged: number;
  /** Duplicates that filled no blank field. */
  unchanged: number;
  skippedRows: ImportRowProblem[];
  rejectedRows: ImportRowProblem[];
}

/** Born by createCustomer's rule. */
const customerOf = ({ id, customer }: PendingCustomer, now: Date): Customer =>
  Object.assign(new Customer(), newCustomerRecord(customer, id, now));

/** Existing customers by id and by duplicate key (the oldest wins when several share a key). */
function indexCandidates(candidates: DuplicateCandidate[]) {
  const byId = new Map(candidates.map((candidate) => [candidate.id, candidate]));
  const byKey = new Map<string, DuplicateCandidate>();
  for (const candidate of candidates)
    for (const key of duplicateKeysOf(candidate)) if (!byKey.has(key)) byKey.set(key, candidate);
  return { byId, byKey };
}

/**
 * Writes one batch in the caller's transaction: rows that duplicate an existing customer are
 * skipped or merged into it, the others are COPied into customers, and every created or completed
 * customer gets its event in the outbox, batched. Throws (and the transaction rolls back) on any
 * database error: a batch is written whole or not at all.
 */
export async function writeBatch(
  manager: EntityManager,
  batch: { creates: PendingCustomer[]; merges: PendingMerge[] },
  options: CustomerImportOptions,
  now: Date,
): Promise<BatchOutcome> {
  const merge = options.onDuplicate === 'MERGE';
  const keys = batch.creates.flatMap((pending) => duplicateKeysOf(pending.customer));
  const candidates = await findDuplicateCandidates(
    manager,
    {
      emails: keys.filter((key) => key.startsWith('email:')).map((key) => key.slice(6)),
      phones: keys.filter((key) => key.startsWith('phone:')).map((key) => key.slice(6)),
      ids: batch.merges.map((pending) => pending.targetId),
    },
    merge,
  );
  const { byId, byKey } = indexCandidates(candidates);
  const outcome: BatchOutcome = {
    created: [],
    matched: new Map(),
    merged: 0,
    unchanged: 0,
    skippedRows: [],
    rejectedRows: [],
  };
  const patches = new Map<string, ProfilePatch>();

  const mergeInto = (target: DuplicateCandidate, row: number, key: string, customer: NewCustomer) => {
    const field = columnOfKey(key);
    if (!options.mayChange(target.ownerId)) {
      outcome.rejectedRows.push({
        row,
        field,
        reason: `duplicate of an existing customer you may not change (same ${field})`,
      });
      return;
    }
    const patch = fillBlankFields(target, customer);
    if (!patch) return void outcome.unchanged++;
    Object.assign(target, patch);
    patches.set(target.id, { ...patches.get(target.id), ...patch });
    outcome.merged++;
  };

  const matchCreate = (pending: PendingCustomer) => {
    const key = duplicateKeysOf(pending.customer).find((k) => byKey.has(k));
    const existing = key ? byKey.get(key) : undefined;
    if (!key || !existing) return void outcome.created.push(pending);
    outcome.matched.set(pending.id, existing.id);
    if (merge) return mergeInto(existing, pending.row, key, pending.customer);
    const field = columnOfKey(key);
    const which = options.mayChange(existing.ownerId)
      ? `existing customer ${existing.id}`
      : 'an existing customer';
    outcome.skippedRows.push({ row: pending.row, field, reason: `duplicate: same ${field} as ${which}` });
  };
  const mergeEarlier = (pending: PendingMerge) => {
    const target = byId.get(pending.targetId);
    if (target) return mergeInto(target, pending.row, pending.key, pending.customer);
    outcome.rejectedRows.push({
      row: pending.row,
      field: columnOfKey(pending.key),
      reason: `duplicate of customer ${pending.targetId}, which was merged or erased meanwhile`,
    });
  };
  // In file order, so that of two rows completing the same customer the earlier one fills a blank.
  const rows = [...batch.creates, ...batch.merges].sort((a, b) => a.row - b.row);
  for (const pending of rows) {
    if ('targetId' in pending) mergeEarlier(pending);
    else matchCreate(pending);
  }

  const created = outcome.created.map((pending) => customerOf(pending, now));
  await copyNewCustomers(manager, created);
  const updates = [...patches].map(([id, patch]) => ({ id, patch }));
  await applyProfilePatches(manager, updates, now);
  // The import's own fast path of the write path: one COPY and one outbox insert per batch.
  const { origin } = options.scope;
  await appendBatchToOutbox(manager, [
    ...created.map((customer) => customerCreated(customer, origin)),
    ...updates.map(({ id, patch }) => customerUpdated(id, patch, now, origin)),
  ]);
  return outcome;
}
