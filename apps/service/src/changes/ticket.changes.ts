import { newId } from '@crm/db';
import { badUserInput } from '@crm/errors';
import { runChange, type ChangeScope } from '@crm/subgraph-kit';
import { findKnownCustomer } from '../data/known-customer.repository';
import { findKnownTeam } from '../data/known-team.repository';
import { Ticket } from '../data/ticket.entity';
import { numberOfTicket } from '../data/ticket.repository';
import { ticketToOpen, type NewTicket } from '../domain/new-ticket';
import { assertClosable } from '../domain/ticket-closing';
import type { TicketPriority } from '../domain/ticket-priority';
import { assertQueueExists, assertTakesTickets } from '../domain/ticket-references';
import { assertReopenable, assertTransition, type TicketStatus } from '../domain/ticket-status';
import { ticketOpened } from '../events/ticket.events';
import { assignByQueueRule } from './ticket-assignment.changes';
import { applyMove, recordStatusLine } from './ticket-moves';
import { ticketReopenWindowDays } from './ticket-settings';

export { assignTicket, setQueueAssignmentRule } from './ticket-assignment.changes';
export type { TicketAssignment, QueueRuleSetting } from './ticket-assignment.changes';
export { addComment } from './ticket-comment.changes';
export type { NewComment } from './ticket-comment.changes';
export { mergeTicket } from './ticket-merge.changes';
export { moveTicketsToSurvivor, eraseTicketTextOf } from './ticket-customer.changes';

/**
 * Opens a ticket for a customer the service knows, in a queue that is a known team (the caller's
 * right to that queue is the resolver's guard): NEW with its first history line and
 * ticket.opened, then assigned by the queue's rule when it has one. Mail-in, web forms and
 * agents all open tickets here.
 */
export function openTicket(scope: ChangeScope, input: NewTicket): Promise<Ticket> {
  return runChange(scope, async (change) => {
    const customer = await findKnownCustomer(change.manager, input.customerId);
    assertTakesTickets(customer, input.customerId, 'input.customerId');
    if (input.queueId)
      assertQueueExists(await findKnownTeam(change.manager, input.queueId), input.queueId, 'input.queueId');
    const ticket = Object.assign(new Ticket(), ticketToOpen(input, newId(), new Date()));
    await change.insert(Ticket, ticket, { action: 'openTicket' });
    ticket.number = await numberOfTicket(change.manager, ticket.id);
    await recordStatusLine(change, ticket, null, null);
    change.publish(ticketOpened(ticket, change.origin));
    return assignByQueueRule(change, ticket);
  });
}

export interface TicketMove {
  ticketId: string;
  to: TicketStatus;
  reason?: string | null;
  /** The version the caller read; CONFLICT when the ticket moved on. */
  expectedVersion?: number | null;
  /** What fixed it (to RESOLVED). */
  resolution?: string | null;
  /** A complaint's (to CLOSED): both are required. */
  rootCause?: string | null;
  correctiveAction?: string | null;
}

/** The fields a move sets besides the status: resolution, closing notes, reopening clears resolvedAt. */
function fieldsOfMove(before: Ticket, move: TicketMove, now: Date): Partial<Ticket> {
  switch (move.to) {
    case 'ASSIGNED':
      throw badUserInput('input.to', `a ticket moves from ${before.status} to ASSIGNED with assignTicket`);
    case 'IN_PROGRESS':
      if (before.status === 'RESOLVED') {
        assertReopenable(before, now, ticketReopenWindowDays(), 'input.to');
        return { resolvedAt: null };
      }
      return {};
    case 'RESOLVED':
      return { resolvedAt: now, resolution: move.resolution ?? null };
    case 'CLOSED': {
      const notes = { rootCause: move.rootCause ?? null, correctiveAction: move.correctiveAction ?? null };
      assertClosable(before.category, notes, 'input');
      return { closedAt: now, ...(before.category === 'COMPLAINT' ? notes : {}) };
    }
    default:
      return {};
  }
}

/**
 * Moves a ticket in its lifecycle (DESIGN §3): start, wait on the customer, resolve, reopen within
 * the window, close (a complaint with root cause and corrective action), archive.
 */
export function moveTicket(scope: ChangeScope, move: TicketMove): Promise<Ticket> {
  return runChange(scope, async (change) => {
    const before = await change.lock(Ticket, move.ticketId, {
      version: move.expectedVersion,
      field: 'input.ticketId',
    });
    assertTransition(before.status, move.to, 'input.to');
    const fields = fieldsOfMove(before, move, new Date());
    return applyMove(change, before, move.to, move.reason ?? null, fields);
  });
}

export interface PriorityChange {
  ticketId: string;
  priority: TicketPriority;
  expectedVersion?: number | null;
}

/** Re-prioritises a ticket (its SLA targets follow the priority); audited. */
export function changePriority(scope: ChangeScope, request: PriorityChange): Promise<Ticket> {
  return runChange(scope, async (change) => {
    const before = await change.lock(Ticket, request.ticketId, {
      version: request.expectedVersion,
      field: 'input.ticketId',
    });
    if (before.priority === request.priority) return before;
    return change.update(Ticket, before, { priority: request.priority }, { action: 'changeTicketPriority' });
  });
}
