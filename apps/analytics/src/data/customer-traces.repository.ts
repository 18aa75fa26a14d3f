import type { EntityManager } from 'typeorm';
import { anonymiseAuditTrailOf, ticketIdsOf } from './audit-entry.repository';
import { anonymiseTimelineOf, interactionIdsOf } from './timeline-entry.repository';

/**
 * GDPR erasure (Art. 17) in analytics' copies of what is filed under the customer now: the timeline
 * keeps what happened and when, not names or words; the audit trail of the customer, its
 * communication records and its tickets keeps who changed which field, not the values. Figures
 * (amounts, counts) stay: they are not personal. Idempotent: a merge into an erased customer runs
 * it again for what it moved there.
 */
export async function eraseCustomerTraces(manager: EntityManager, customerId: string): Promise<void> {
  const interactionIds = await interactionIdsOf(manager, customerId);
  await anonymiseTimelineOf(manager, customerId);
  await anonymiseAuditTrailOf(manager, [
    { entityType: 'Customer', entityIds: [customerId] },
    { entityType: 'Interaction', entityIds: interactionIds },
    { entityType: 'Ticket', entityIds: await ticketIdsOf(manager, customerId) },
  ]);
}
