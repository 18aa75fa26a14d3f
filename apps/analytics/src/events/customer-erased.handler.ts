import type { EventHandler } from '@crm/messaging';
import { anonymiseAuditTrailOf, ticketIdsOf } from '../data/audit-entry.repository';
import { markCustomerErased } from '../data/customer-fact.repository';
import { anonymiseTimelineOf, interactionIdsOf } from '../data/timeline-entry.repository';

/**
 * GDPR erasure (Art. 17) in analytics' copies: the timeline keeps what happened and when, not
 * names or words; the audit trail of the customer, its communication records and its tickets keeps
 * who changed which field, not the values. Figures (amounts, counts) stay: they are not personal.
 */
export const onCustomerErased: EventHandler<'crm.customer.customer.erased'> = async (event, manager) => {
  const { customerId, erasedAt } = event.data;
  await markCustomerErased(manager, customerId, new Date(erasedAt));
  const interactionIds = await interactionIdsOf(manager, customerId);
  await anonymiseTimelineOf(manager, customerId);
  await anonymiseAuditTrailOf(manager, [
    { entityType: 'Customer', entityIds: [customerId] },
    { entityType: 'Interaction', entityIds: interactionIds },
    { entityType: 'Ticket', entityIds: await ticketIdsOf(manager, customerId) },
  ]);
};
