import { isUuid } from '@crm/db';
import type { AuditChange } from '@crm/events';

/** What an erased person's values become in the audit trail (JSON, as every value there). */
export const ERASED_AUDIT_VALUE = JSON.stringify('[erased]');

/** A value that is a record's id (a JSON string holding a UUID): not personal, it stays. */
export const RECORD_ID_VALUE =
  /^"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"$/;

const erased = (value: string | null) =>
  value === null ? null : RECORD_ID_VALUE.test(value) ? value : ERASED_AUDIT_VALUE;

/**
 * An audit entry about an erased customer's records keeps who changed which field and when, not
 * the values (GDPR Art. 17); a cleared value stays null, and ids stay (which customer a ticket was
 * filed under is how a late entry about it is known to be the erased customer's).
 */
export function erasedAuditChanges(changes: AuditChange[]): AuditChange[] {
  return changes.map(({ field, before, after }) => ({ field, before: erased(before), after: erased(after) }));
}

/** The customers a record's audit changes file it under (`customerId` set on creation or by a merge). */
export function customerIdsNamedIn(changes: AuditChange[]): string[] {
  const named = changes
    .filter((change) => change.field === 'customerId' && change.after !== null)
    .map((change) => JSON.parse(change.after!) as unknown)
    .filter((id): id is string => typeof id === 'string' && isUuid(id));
  return [...new Set(named)];
}
