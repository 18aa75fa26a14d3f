import { badUserInput } from '@crm/errors';

/**
 * The ticket lifecycle of DESIGN §3 as data: for each status, where a ticket may go next.
 * NEW → ASSIGNED → IN_PROGRESS → (WAITING_ON_CUSTOMER) → RESOLVED → CLOSED/ARCHIVED.
 * WAITING_ON_CUSTOMER returns to IN_PROGRESS when the customer answers; a RESOLVED ticket
 * reopens to IN_PROGRESS when the fix did not hold; CLOSED tickets are archived; ARCHIVED is final.
 */
export const TICKET_TRANSITIONS = {
  NEW: ['ASSIGNED'],
  ASSIGNED: ['IN_PROGRESS'],
  IN_PROGRESS: ['WAITING_ON_CUSTOMER', 'RESOLVED'],
  WAITING_ON_CUSTOMER: ['IN_PROGRESS', 'RESOLVED'],
  RESOLVED: ['CLOSED', 'ARCHIVED', 'IN_PROGRESS'],
  CLOSED: ['ARCHIVED'],
  ARCHIVED: [],
} as const satisfies Record<string, readonly string[]>;

export type TicketStatus = keyof typeof TICKET_TRANSITIONS;

export const TICKET_STATUSES = Object.keys(TICKET_TRANSITIONS) as TicketStatus[];

/** Every ticket is opened as NEW, before anyone is assigned. */
export const INITIAL_TICKET_STATUS: TicketStatus = 'NEW';

export function canTransition(from: TicketStatus, to: TicketStatus): boolean {
  return (TICKET_TRANSITIONS[from] as readonly TicketStatus[]).includes(to);
}

/** Refuses a move the lifecycle does not allow, telling the caller which moves it does. */
export function assertTransition(from: TicketStatus, to: TicketStatus, field: string): void {
  if (canTransition(from, to)) return;
  const allowed: readonly TicketStatus[] = TICKET_TRANSITIONS[from];
  const options = allowed.length > 0 ? `from ${from} it can go to ${allowed.join(', ')}` : `${from} is final`;
  throw badUserInput(field, `a ticket cannot move from ${from} to ${to}; ${options}`);
}
