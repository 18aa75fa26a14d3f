import type { EventHandler } from '@crm/messaging';

/**
 * Re-points the merged customers' tickets to the survivor (DESIGN §4: customer.merged asks every
 * domain to). Tickets are the service domain's only reference to a customer. The version moves so an
 * agent editing one of them with the old customer gets a CONFLICT instead of a silent overwrite.
 */
export const onCustomerMerged: EventHandler<'crm.customer.customer.merged'> = async (event, manager) => {
  await manager.query(
    `UPDATE tickets SET customer_id = $1, updated_at = $3, version = version + 1
     WHERE customer_id = ANY($2::uuid[])`,
    [event.data.customerId, event.data.mergedCustomerIds, new Date(event.data.mergedAt)],
  );
};
