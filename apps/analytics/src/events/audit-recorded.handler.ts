import type { EventHandler, EventHandlers } from '@crm/messaging';
import { AuditEntry } from '../data/audit-entry.entity';
import { anonymiseAuditTrailOf, isAboutErasedCustomer } from '../data/audit-entry.repository';
import { erasedAuditChanges } from '../domain/erased-audit-changes';

type AuditRecordedType =
  | 'crm.identity.audit.recorded'
  | 'crm.customer.audit.recorded'
  | 'crm.sales.audit.recorded'
  | 'crm.service.audit.recorded'
  | 'crm.marketing.audit.recorded'
  | 'crm.analytics.audit.recorded';

const onAuditRecorded: EventHandler<AuditRecordedType> = async (event, manager) => {
  const { entityType, entityId, action, actorId, occurredAt } = event.data;
  const erased = await isAboutErasedCustomer(manager, entityType, entityId, event.data.changes);
  const changes = erased ? erasedAuditChanges(event.data.changes) : event.data.changes;
  await manager
    .createQueryBuilder()
    .insert()
    .into(AuditEntry)
    .values({
      id: event.id,
      entityType,
      entityId,
      action,
      actorId,
      changes,
      occurredAt: new Date(occurredAt),
    })
    .orIgnore()
    .execute();
  // The entry naming the erased customer may come after others of the ticket's trail: they go too.
  if (erased && entityType === 'Ticket') {
    await anonymiseAuditTrailOf(manager, [{ entityType, entityIds: [entityId] }]);
  }
};

/** The audit trail gathers every service's entries; they share one payload. */
export const auditRecordedHandlers: EventHandlers = {
  'crm.identity.audit.recorded': onAuditRecorded,
  'crm.customer.audit.recorded': onAuditRecorded,
  'crm.sales.audit.recorded': onAuditRecorded,
  'crm.service.audit.recorded': onAuditRecorded,
  'crm.marketing.audit.recorded': onAuditRecorded,
  'crm.analytics.audit.recorded': onAuditRecorded,
};
