/** What an erased customer's tickets say instead of the text they had. */
export const ERASED_TICKET_SUBJECT = '[erased]';

/**
 * GDPR Art. 17 (customer.erased): a ticket's subject and description are free text written by or
 * about the person, so both go; the ticket itself stays (ids, queue, priority, status and times keep
 * the SLA and service reports whole). Null: nothing left to erase.
 */
export function erasedTicketText(ticket: {
  subject: string;
  description: string | null;
}): { subject: string; description: null } | null {
  if (ticket.subject === ERASED_TICKET_SUBJECT && ticket.description === null) return null;
  return { subject: ERASED_TICKET_SUBJECT, description: null };
}
