import type { EventHandlers } from '@crm/messaging';

/**
 * customer.merged: the merged customers' messages count for the survivor (its frequency cap, its
 * history). customer.erased: addresses and message text go; what was sent when, and what became of
 * it, stays as numbers. Addresses suppressed by the customer's messages are forgotten with them.
 * customer.consent_changed: consent granted again after an unsubscribe lifts that unsubscribe
 * (the profile, updated by the segments' handler before this one, has the address).
 */
export const messageCustomerHandlers: EventHandlers = {
  'crm.customer.customer.consent_changed': async (event, manager) => {
    const { customerId, channel, granted, changedAt } = event.data;
    if (!granted || channel === 'PHONE') return;
    await manager.query(
      `DELETE FROM suppressed_addresses s USING customer_profiles p
        WHERE p.customer_id = $1 AND s.channel = $2 AND s.reason = 'UNSUBSCRIBED' AND s.suppressed_at < $3
          AND s.address = lower(CASE WHEN $2 = 'EMAIL' THEN p.email ELSE p.phone END)`,
      [customerId, channel, changedAt],
    );
  },
  'crm.customer.customer.merged': async (event, manager) => {
    await manager.query(
      'UPDATE marketing_messages SET customer_id = $1 WHERE customer_id = ANY($2::uuid[])',
      [event.data.customerId, event.data.mergedCustomerIds],
    );
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
