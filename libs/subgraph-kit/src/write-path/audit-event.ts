import { buildEvent, type AuditChange, type EventOrigin } from '@crm/events';
import type { ServiceName } from '@crm/config';

/** Bookkeeping fields that change on every write and tell an auditor nothing. */
const UNAUDITED_FIELDS = new Set(['version', 'updatedAt']);

export interface AuditedChange {
  /** The mutation or saga step, e.g. `createCustomer`. */
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
 * The audit entry of a change as an event of the service's audit topic: written to the outbox in
 * the change's transaction, it exists exactly when the change commits.
 */
export function auditEventOf(service: ServiceName, origin: EventOrigin, change: AuditedChange) {
  // Every service's audit type has the same payload; the customer one stands for them all here.
  const type = `crm.${service}.audit.recorded` as 'crm.customer.audit.recorded';
  return buildEvent(type, {
    subject: change.entityId,
    ...origin,
    data: {
      entityType: change.entityType,
      entityId: change.entityId,
      action: change.action,
      actorId: origin.actor,
      changes: changedFields(change.before, change.after),
      occurredAt: new Date().toISOString(),
    },
  });
}
