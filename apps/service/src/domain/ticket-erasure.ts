/** What an erased customer's tickets and their messages say instead of the text they had. */
export const ERASED_TICKET_SUBJECT = '[erased]';
export const ERASED_COMMENT_BODY = '[erased]';

interface ErasableTicket {
  subject: string;
  description: string | null;
  requesterEmail?: string | null;
  requesterName?: string | null;
  resolution?: string | null;
}

export interface ErasedTicketText {
  subject: string;
  description: null;
  requesterEmail: null;
  requesterName: null;
  resolution: null;
}

/**
 * GDPR Art. 17 (customer.erased): a ticket's subject, description and resolution are free text
 * written by or about the person, and the requester's address and name identify them, so all go;
 * the ticket itself stays (ids, queue, priority, status and times keep the SLA and service reports
 * whole). Null: nothing left to erase.
 */
export function erasedTicketText(ticket: ErasableTicket): ErasedTicketText | null {
  const erased = {
    subject: ERASED_TICKET_SUBJECT,
    description: null,
    requesterEmail: null,
    requesterName: null,
    resolution: null,
  };
  const untouched = (Object.keys(erased) as (keyof ErasedTicketText)[]).every(
    (field) => (ticket[field] ?? null) === erased[field],
  );
  return untouched ? null : erased;
}
