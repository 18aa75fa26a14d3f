import { moveFeedbackToSurvivor } from '../changes/feedback.changes';
import type { EventHandler } from '@crm/messaging';
import { scopeOfEvent } from '@crm/subgraph-kit';
import { moveTicketsToSurvivor } from '../changes/ticket.changes';
import { recordMerge, survivorOf } from '../data/known-customer.repository';

/**
 * Files the merged customers' tickets under the survivor (DESIGN §4: customer.merged asks every
 * domain to). Merges may arrive in any order: a survivor merged away meanwhile hands everything on
 * to its own survivor, and tickets of customers merged earlier into the merged ones move along.
 */
export const onCustomerMerged: EventHandler<'crm.customer.customer.merged'> = async (event, manager) => {
  const survivorId = await survivorOf(manager, event.data.customerId);
  const mergedIds = event.data.mergedCustomerIds.filter((id) => id !== survivorId);
  await recordMerge(manager, survivorId, mergedIds);
  await moveTicketsToSurvivor(
    scopeOfEvent('service', manager, event),
    survivorId,
    new Date(event.data.mergedAt),
  );
  await moveFeedbackToSurvivor(
    scopeOfEvent('service', manager, event),
    survivorId,
    new Date(event.data.mergedAt),
  );
};
