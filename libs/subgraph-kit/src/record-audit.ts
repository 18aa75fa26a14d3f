import type { EntityManager } from 'typeorm';
import { buildEvent, type AuditChange } from '@crm/events';
import { appendToOutbox } from '@crm/messaging';
import type { RequestContext } from './request-context';

/** Bookkeeping fields that change on every write and tell an auditor nothing. */
const UNAUDITED_FIELDS = new Set(['version', 'updatedAt']);

export interface AuditedChange {
  /** The mutation, e.g. `createCustomer`. */
  action: string;
  entityType: string;
  entityId: string;
  before: object | null;
  after: object | null;
}

const json = (value: unknown) => (value === undefined ? null : JSON.stringify(value));

/** The fields whose value differs between before and after, each as JSON. */
export function changedFields(before: object | null, after: object | null): AuditChange[] {
  const old = (before ?? {}) as Record<string, unknown>;
  const now = (after ?? {}) as Record<string, unknown>;
  const fields = [...new Set([...Object.keys(old), ...Object.keys(now)])].filter(
    (f) => !UNAUDITED_FIELDS.has(f),
  );
  return fields
    .map((field) => ({
      field,
      before: before ? json(old[field]) : null,
      after: after ? json(now[field]) : null,
    }))
    .filter((change) => change.before !== change.after);
}

/**
 * Records who changed what in the audit trail, inside the transaction of the change: the entry
 * is an event in the outbox, so it exists exactly when the change commits.
 */
export async function recordAudit(
  manager: EntityManager,
  context: RequestContext,
  change: AuditedChange,
): Promise<void> {
  // Every service's audit type has the same payload; the customer one stands for them all here.
  const type = `crm.${context.service}.audit.recorded` as 'crm.customer.audit.recorded';
  const event = buildEvent(type, {
    subject: change.entityId,
    actor: context.caller.userId,
    correlationId: context.correlationId,
    data: {
      entityType: change.entityType,
      entityId: change.entityId,
      action: change.action,
      actorId: context.caller.userId,
      changes: changedFields(change.before, change.after),
      occurredAt: new Date().toISOString(),
    },
  });
  await appendToOutbox(manager, [event]);
}

/** The audit entry of a created entity: every field, from nothing. `shown` leaves out secrets. */
export function recordCreation(
  manager: EntityManager,
  context: RequestContext,
  action: string,
  entityType: string,
  entity: { id: string },
  shown: object = entity,
): Promise<void> {
  return recordAudit(manager, context, {
    action,
    entityType,
    entityId: entity.id,
    before: null,
    after: shown,
  });
}
