import type { EntityManager } from 'typeorm';
import type { AuditChange } from '@crm/events';
import { isAnyErased, lockCustomerIdentitiesShared } from './customer-tombstone.repository';
import { customerIdsNamedIn, ERASED_AUDIT_VALUE, RECORD_ID_VALUE } from '../domain/erased-audit-changes';

/** erasedAuditChanges (domain/erased-audit-changes.ts) applied in place to these records' trail, in SQL. */
export async function anonymiseAuditTrailOf(
  manager: EntityManager,
  entities: { entityType: string; entityIds: string[] }[],
): Promise<void> {
  for (const { entityType, entityIds } of entities) {
    if (entityIds.length === 0) continue;
    await manager.query(
      `UPDATE audit_entries SET changes = (
         SELECT coalesce(jsonb_agg(jsonb_build_object(
                  'field', change -> 'field',
                  'before', CASE WHEN jsonb_typeof(change -> 'before') = 'null' THEN 'null'::jsonb
                                 WHEN change ->> 'before' ~ $4 THEN change -> 'before' ELSE to_jsonb($3::text) END,
                  'after', CASE WHEN jsonb_typeof(change -> 'after') = 'null' THEN 'null'::jsonb
                                WHEN change ->> 'after' ~ $4 THEN change -> 'after' ELSE to_jsonb($3::text) END)
                ORDER BY position), '[]'::jsonb)
           FROM jsonb_array_elements(changes) WITH ORDINALITY AS element (change, position))
       WHERE entity_type = $1 AND entity_id = ANY($2)`,
      [entityType, entityIds, ERASED_AUDIT_VALUE, RECORD_ID_VALUE.source],
    );
  }
}

/**
 * The tickets an audit trail files under the customer: their entries name it as `customerId`
 * (opened for it, or moved to it by a merge). The service domain's only copy of the person's words.
 */
export async function ticketIdsOf(manager: EntityManager, customerId: string): Promise<string[]> {
  const rows: { entity_id: string }[] = await manager.query(
    `SELECT DISTINCT entity_id FROM audit_entries WHERE entity_type = 'Ticket' AND changes @> $1::jsonb`,
    [JSON.stringify([{ field: 'customerId', after: JSON.stringify(customerId) }])],
  );
  return rows.map((row) => row.entity_id);
}

/** Whether the ticket's trail so far, or the entry arriving, names an erased customer. */
async function isTicketOfErasedCustomer(
  manager: EntityManager,
  ticketId: string,
  arriving: AuditChange[],
): Promise<boolean> {
  const trail: { changes: AuditChange[] }[] = await manager.query(
    `SELECT changes FROM audit_entries WHERE entity_type = 'Ticket' AND entity_id = $1`,
    [ticketId],
  );
  const customerIds = customerIdsNamedIn([...arriving, ...trail.flatMap((entry) => entry.changes)]);
  if (customerIds.length === 0) return false;
  return isAnyErased(manager, customerIds);
}

/**
 * Whether an audit entry is about an erased customer, one of its communication records (whose
 * timeline entry bears the record's id) or one of its tickets: it may arrive after the erasure, on
 * another topic. `changes`: the arriving entry's own.
 */
export async function isAboutErasedCustomer(
  manager: EntityManager,
  entityType: string,
  entityId: string,
  changes: AuditChange[] = [],
): Promise<boolean> {
  if (entityType === 'Ticket') return isTicketOfErasedCustomer(manager, entityId, changes);
  if (entityType !== 'Customer' && entityType !== 'Interaction') return false;
  await lockCustomerIdentitiesShared(manager);
  const rows: unknown[] = await manager.query(
    entityType === 'Customer'
      ? 'SELECT 1 FROM customer_erasures WHERE customer_id = $1'
      : `SELECT 1 FROM timeline_entries entry JOIN customer_erasures erasure ON erasure.customer_id = entry.customer_id
          WHERE entry.id = $1 AND entry.kind = 'INTERACTION'`,
    [entityId],
  );
  return rows.length > 0;
}
