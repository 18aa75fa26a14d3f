import { newId } from '@crm/db';
import { SYSTEM_ACTOR } from '@crm/events';
import type { Change } from '@crm/subgraph-kit';
import { TicketStatusChange } from '../data/ticket-status-change.entity';
import { Ticket } from '../data/ticket.entity';
import type { TicketStatus } from '../domain/ticket-status';
import {
  complaintClosed,
  ticketClosed,
  ticketReopened,
  ticketResolved,
  ticketStatusChanged,
} from '../events/ticket.events';

/** The user behind a change; null when the platform acts (mail, scheduler, sagas). */
export function actorOf(change: Change): string | null {
  return change.caller.userId === SYSTEM_ACTOR ? null : change.caller.userId;
}

/** Writes one line of the ticket's history: who moved it where, when and why. */
export async function recordStatusLine(
  change: Change,
  ticket: Ticket,
  fromStatus: TicketStatus | null,
  reason: string | null,
): Promise<TicketStatusChange> {
  const line = Object.assign(new TicketStatusChange(), {
    id: newId(),
    ticketId: ticket.id,
    fromStatus,
    toStatus: ticket.status,
    actorId: actorOf(change),
    reason,
    changedAt: ticket.updatedAt,
  });
  await change.manager.insert(TicketStatusChange, line);
  return line;
}

/**
 * Applies a status move to a locked ticket with everything that follows: the row, the history
 * line, status_changed, and resolved, reopened or closed (with complaint.closed) where they apply.
 */
export async function applyMove(
  change: Change,
  before: Ticket,
  to: TicketStatus,
  reason: string | null,
  fields: Partial<Ticket> = {},
  action = 'moveTicket',
): Promise<Ticket> {
  const now = new Date();
  const after = await change.update(Ticket, before, { ...fields, status: to, updatedAt: now }, { action });
  const line = await recordStatusLine(change, after, before.status, reason);
  change.publish(ticketStatusChanged(after, line, change.origin));
  if (to === 'RESOLVED') change.publish(ticketResolved(after, change.origin));
  if (before.status === 'RESOLVED' && to === 'IN_PROGRESS')
    change.publish(ticketReopened(after, line, change.origin));
  if (to === 'CLOSED') {
    change.publish(ticketClosed(after, line, change.origin));
    if (after.category === 'COMPLAINT' && !after.mergedIntoId)
      change.publish(complaintClosed(after, change.origin));
  }
  return after;
}
