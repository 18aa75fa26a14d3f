import type { EventHandlers } from '@crm/messaging';

/**
 * customer.merged: the merged customers' messages count for the survivor (its frequency cap, its
 * history). customer.erased: addresses and message text go; what was sent when, and what became of
 * it, stays as numbers. Addresses suppressed by the customer's messages are forgotten with them.
 */
export const messageCustomerHandlers: EventHandlers = {
  'crm.customer.customer.merged': async (event, manager) => {
    await manager.query('UPDATE marketing_messages SET customer_id = $1 WHERE customer_id = ANY($2::uuid[])', [
      event.data.customerId,
      event.data.mergedCustomerIds,
    ]);
  },
  'crm.customer.customer.erased': async (event, manager) => {
    await manager.query(
      `DELETE FROM suppressed_addresses
        WHERE message_id IN (SELECT id FROM marketing_messages WHERE customer_id = $1)`,
      [event.data.customerId],
    );
    await manager.query(
      `UPDATE marketing_messages SET address = NULL, subject = NULL, text_body = NULL, html_body = NULL
        WHERE customer_id = $1`,
      [event.data.customerId],
    );
  },
};
