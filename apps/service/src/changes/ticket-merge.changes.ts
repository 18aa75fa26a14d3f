import { badUserInput } from '@crm/errors';
import { runChange, type ChangeScope } from '@crm/subgraph-kit';
import { moveComments } from '../data/ticket-comment.repository';
import { Ticket } from '../data/ticket.entity';
import { assertTakesComments } from '../domain/ticket-comment-rules';
import { assertMergeable } from '../domain/ticket-status';
import { applyMove } from './ticket-moves';

export interface TicketMerge {
  duplicateId: string;
  intoId: string;
  /** The duplicate's version as the caller read it. */
  expectedVersion?: number | null;
}

export interface MergedTickets {
  duplicate: Ticket;
  into: Ticket;
}

/**
 * Merges a duplicate into the ticket that carries on: the duplicate's conversation moves over and
 * the duplicate is closed with mergedIntoTicketId (ticket.closed says so). Both are locked in id
 * order, so two merges of the same pair cannot deadlock.
 */
export function mergeTicket(scope: ChangeScope, merge: TicketMerge): Promise<MergedTickets> {
  if (merge.duplicateId.toLowerCase() === merge.intoId.toLowerCase())
    throw badUserInput('input.intoId', 'a ticket cannot be merged into itself');
  return runChange(scope, async (change) => {
    const lockOf = (id: string) =>
      id === merge.intoId
        ? change.lock(Ticket, id, { field: 'input.intoId' })
        : change.lock(Ticket, id, { version: merge.expectedVersion, field: 'input.duplicateId' });
    const locked = new Map<string, Ticket>();
    for (const id of [merge.duplicateId, merge.intoId].sort()) locked.set(id, await lockOf(id));
    const duplicate = locked.get(merge.duplicateId)!;
    const into = locked.get(merge.intoId)!;
    if (duplicate.customerId !== into.customerId)
      throw badUserInput(
        'input.intoId',
        `ticket #${into.number} is another customer's; merge only one customer's tickets`,
      );
    assertMergeable(duplicate.status, 'input.duplicateId');
    assertTakesComments(into.status, 'input.intoId');
    await moveComments(change.manager, duplicate.id, into.id);
    const closed = await applyMove(
      change,
      duplicate,
      'CLOSED',
      `merged into #${into.number}`,
      { mergedIntoId: into.id, closedAt: new Date() },
      'mergeTicket',
    );
    return { duplicate: closed, into };
  });
}
