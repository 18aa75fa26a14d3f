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

/** Statuses in which someone still works the ticket (an agent's open load, a queue's backlog). */
export const OPEN_TICKET_STATUSES: readonly TicketStatus[] = [
  'NEW',
  'ASSIGNED',
  'IN_PROGRESS',
  'WAITING_ON_CUSTOMER',
];

export function isOpenStatus(status: TicketStatus): boolean {
  return OPEN_TICKET_STATUSES.includes(status);
}

/** How long after its resolution a ticket may still reopen; later, the customer gets a new ticket. */
export const DEFAULT_REOPEN_WINDOW_DAYS = 7;

const DAY_MS = 24 * 60 * 60 * 1000;

export function reopenDeadline(resolvedAt: Date, windowDays: number): Date {
  return new Date(resolvedAt.getTime() + windowDays * DAY_MS);
}

export function isWithinReopenWindow(resolvedAt: Date | null, now: Date, windowDays: number): boolean {
  return resolvedAt !== null && now.getTime() <= reopenDeadline(resolvedAt, windowDays).getTime();
}

/** Reopening is RESOLVED → IN_PROGRESS, and only within the window after the resolution. */
export function assertReopenable(
  ticket: { status: TicketStatus; resolvedAt: Date | null },
  now: Date,
  windowDays: number,
  field: string,
): void {
  assertTransition(ticket.status, 'IN_PROGRESS', field);
  if (!isWithinReopenWindow(ticket.resolvedAt, now, windowDays))
    throw badUserInput(
      field,
      `a ticket cannot move from RESOLVED to IN_PROGRESS after its ${windowDays}-day reopen window ` +
        `(closed ${reopenDeadline(ticket.resolvedAt ?? now, windowDays).toISOString()}); open a new ticket`,
    );
}

/**
 * Where a customer's public reply moves a ticket: back to work when the agent waited on them, or
 * reopened when it was resolved within the window. Null: it stays where it is.
 */
export function moveOnCustomerReply(
  ticket: { status: TicketStatus; resolvedAt: Date | null },
  now: Date,
  windowDays: number,
): TicketStatus | null {
  if (ticket.status === 'WAITING_ON_CUSTOMER') return 'IN_PROGRESS';
  if (ticket.status === 'RESOLVED' && isWithinReopenWindow(ticket.resolvedAt, now, windowDays))
    return 'IN_PROGRESS';
  return null;
}

/** A duplicate is closed into its original from any open status (its history says why). */
export function assertMergeable(status: TicketStatus, field: string): void {
  if (isOpenStatus(status) || status === 'RESOLVED') return;
  throw badUserInput(
    field,
    `a ticket cannot move from ${status} to CLOSED as a duplicate; it is already done`,
  );
}
