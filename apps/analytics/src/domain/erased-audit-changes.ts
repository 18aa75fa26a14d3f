import type { AuditChange } from '@crm/events';

/** What an erased person's values become in the audit trail (JSON, as every value there). */
export const ERASED_AUDIT_VALUE = JSON.stringify('[erased]');

const erased = (value: string | null) => (value === null ? null : ERASED_AUDIT_VALUE);

/**
 * An audit entry about an erased customer's records keeps who changed which field and when, not
 * the values (GDPR Art. 17); a cleared value stays null.
 */
export function erasedAuditChanges(changes: AuditChange[]): AuditChange[] {
  return changes.map(({ field, before, after }) => ({ field, before: erased(before), after: erased(after) }));
}
