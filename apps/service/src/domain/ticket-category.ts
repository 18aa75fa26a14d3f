/** What a ticket is about; a COMPLAINT carries a severity and closes only with a root cause. */
export const TICKET_CATEGORIES = ['QUESTION', 'INCIDENT', 'REQUEST', 'COMPLAINT'] as const;
export type TicketCategory = (typeof TICKET_CATEGORIES)[number];

export const COMPLAINT_SEVERITIES = ['MINOR', 'MAJOR', 'CRITICAL'] as const;
export type ComplaintSeverity = (typeof COMPLAINT_SEVERITIES)[number];
