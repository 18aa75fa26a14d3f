/** Where a ticket came from. */
export const TICKET_SOURCES = ['EMAIL', 'PHONE', 'WEB_FORM', 'CHAT', 'MANUAL'] as const;
export type TicketSource = (typeof TICKET_SOURCES)[number];
