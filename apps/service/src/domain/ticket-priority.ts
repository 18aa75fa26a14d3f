/** How urgent a ticket is; SLA targets are set per priority (DESIGN §3). */
export const TICKET_PRIORITIES = ['LOW', 'NORMAL', 'HIGH', 'URGENT'] as const;
export type TicketPriority = (typeof TICKET_PRIORITIES)[number];

export const DEFAULT_TICKET_PRIORITY: TicketPriority = 'NORMAL';
