import type { EntityManager } from 'typeorm';
import { ERASED_AUDIT_VALUE } from '../domain/erased-audit-changes';

/** erasedAuditChanges (domain/erased-audit-changes.ts) applied in place to these records' trail. */
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
                  'before', CASE WHEN jsonb_typeof(change -> 'before') = 'null' THEN 'null'::jsonb ELSE to_jsonb($3::text) END,
                  'after', CASE WHEN jsonb_typeof(change -> 'after') = 'null' THEN 'null'::jsonb ELSE to_jsonb($3::text) END)
                ORDER BY position), '[]'::jsonb)
           FROM jsonb_array_elements(changes) WITH ORDINALITY AS element (change, position))
       WHERE entity_type = $1 AND entity_id = ANY($2)`,
      [entityType, entityIds, ERASED_AUDIT_VALUE],
    );
  }
}

/**
 * Whether an audit entry is about an erased customer or one of its communication records (whose
 * timeline entry bears the record's id): it may arrive after the erasure, on another topic.
 */
export async function isAboutErasedCustomer(
  manager: EntityManager,
  entityType: string,
  entityId: string,
): Promise<boolean> {
  if (entityType !== 'Customer' && entityType !== 'Interaction') return false;
  const rows: unknown[] = await manager.query(
    entityType === 'Customer'
      ? 'SELECT 1 FROM customer_facts WHERE customer_id = $1 AND erased_at IS NOT NULL'
      : `SELECT 1 FROM timeline_entries entry JOIN customer_facts fact ON fact.customer_id = entry.customer_id
          WHERE entry.id = $1 AND entry.kind = 'INTERACTION' AND fact.erased_at IS NOT NULL`,
    [entityId],
  );
  return rows.length > 0;
}
