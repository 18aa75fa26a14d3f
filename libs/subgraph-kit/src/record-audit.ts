import type { EntityManager } from 'typeorm';
import { appendToOutbox } from '@crm/messaging';
import type { RequestContext } from './request-context';
import { auditEventOf, type AuditedChange } from './write-path/audit-event';

/**
 * @deprecated Being replaced by the write path: `change.insert` / `change.update` / `change.audit`
 * inside `runChange` record the audit entry. Deleted once no app calls it.
 */
export async function recordAudit(
  manager: EntityManager,
  context: RequestContext,
  change: AuditedChange,
): Promise<void> {
  const origin = { actor: context.caller.userId, correlationId: context.correlationId };
  await appendToOutbox(manager, [auditEventOf(context.service, origin, change)]);
}

/** @deprecated See recordAudit. */
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
