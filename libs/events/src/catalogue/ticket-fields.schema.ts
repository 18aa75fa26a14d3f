/** The ticket vocabularies events carry, as the service subgraph's SDL names them. */
export const TICKET_STATUSES = [
  'NEW',
  'ASSIGNED',
  'IN_PROGRESS',
  'WAITING_ON_CUSTOMER',
  'RESOLVED',
  'CLOSED',
  'ARCHIVED',
] as const;
export type TicketStatusName = (typeof TICKET_STATUSES)[number];

export const TICKET_PRIORITIES = ['LOW', 'NORMAL', 'HIGH', 'URGENT'] as const;
export type TicketPriorityName = (typeof TICKET_PRIORITIES)[number];

export const TICKET_SOURCES = ['EMAIL', 'PHONE', 'WEB_FORM', 'CHAT', 'MANUAL'] as const;
export type TicketSourceName = (typeof TICKET_SOURCES)[number];

export const TICKET_CATEGORIES = ['QUESTION', 'INCIDENT', 'REQUEST', 'COMPLAINT'] as const;
export type TicketCategoryName = (typeof TICKET_CATEGORIES)[number];

export const TICKET_STATUS = { type: 'string', enum: TICKET_STATUSES } as const;
export const TICKET_PRIORITY = { type: 'string', enum: TICKET_PRIORITIES } as const;
export const TICKET_SOURCE = { type: 'string', enum: TICKET_SOURCES } as const;
export const TICKET_CATEGORY = { type: 'string', enum: TICKET_CATEGORIES } as const;
