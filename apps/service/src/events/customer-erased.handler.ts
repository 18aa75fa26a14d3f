import type { EventHandler } from '@crm/messaging';
import { recordErasure } from '../data/known-customer.repository';

/** What an erased customer's tickets say instead of the text they had. */
export const ERASED_TICKET_SUBJECT = '[erased]';

/**
 * GDPR Art. 17 (customer.erased): a ticket's subject and description are free text written by or
 * about the person, so both go; the ticket itself stays (ids, queue, priority, status and times keep
 * the SLA and service reports whole). Tickets hold no other copy of the customer's personal data.
 * The customer takes no new tickets.
 */
export const onCustomerErased: EventHandler<'crm.customer.customer.erased'> = async (event, manager) => {
  await recordErasure(manager, event.data.customerId, new Date(event.data.erasedAt));
  await manager.query(
    `UPDATE tickets SET subject = $2, description = NULL, updated_at = $3, version = version + 1
     WHERE customer_id = $1 AND (subject <> $2 OR description IS NOT NULL)`,
    [event.data.customerId, ERASED_TICKET_SUBJECT, new Date(event.data.erasedAt)],
  );
};
