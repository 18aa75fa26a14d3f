import type { EventHandler } from '@crm/messaging';
import { recordMerge, survivorOf } from '../data/known-customer.repository';

/**
 * Re-points the merged customers' tickets to the survivor (DESIGN §4: customer.merged asks every
 * domain to). Tickets are the service domain's only reference to a customer. Merges may arrive in
 * any order: a survivor merged away meanwhile hands everything on to its own survivor, and tickets
 * of customers merged earlier into the merged ones move along. The version moves so an agent
 * editing one of them with the old customer gets a CONFLICT instead of a silent overwrite.
 */
export const onCustomerMerged: EventHandler<'crm.customer.customer.merged'> = async (event, manager) => {
  const survivorId = await survivorOf(manager, event.data.customerId);
  const mergedIds = event.data.mergedCustomerIds.filter((id) => id !== survivorId);
  await recordMerge(manager, survivorId, mergedIds);
  await manager.query(
    `UPDATE tickets SET customer_id = $1, updated_at = $2, version = version + 1
     WHERE customer_id IN (SELECT id FROM known_customers WHERE merged_into_id = $1)`,
    [survivorId, new Date(event.data.mergedAt)],
  );
};
