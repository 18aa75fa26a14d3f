import type { EntityManager } from 'typeorm';
import type { TicketComment } from './ticket-comment.entity';
import { Ticket } from './ticket.entity';

/** Has a mail with this Message-ID been taken already, as a ticket or as a comment? */
export async function isMailTaken(manager: EntityManager, messageId: string): Promise<boolean> {
  const rows: unknown[] = await manager.query(
    `SELECT 1 FROM tickets WHERE source_message_id = $1
     UNION ALL SELECT 1 FROM ticket_comments WHERE message_id = $1 LIMIT 1`,
    [messageId],
  );
  return rows.length > 0;
}

/**
 * The ticket a mail answers: the first of `messageIds` (nearest first) that opened a ticket or
 * belongs to one of its comments, locked for the change.
 */
export async function lockTicketAnswered(
  manager: EntityManager,
  messageIds: string[],
): Promise<Ticket | null> {
  if (messageIds.length === 0) return null;
  const [match]: { ticket_id: string }[] = await manager.query(
    `SELECT ticket_id FROM (
       SELECT id AS ticket_id, source_message_id AS message_id FROM tickets WHERE source_message_id = ANY($1)
       UNION ALL
       SELECT ticket_id, message_id FROM ticket_comments WHERE message_id = ANY($1)
     ) thread ORDER BY array_position($1, thread.message_id) LIMIT 1`,
    [messageIds],
  );
  return match ? lockTicket(manager, { id: match.ticket_id }) : null;
}

export function lockTicketByNumber(manager: EntityManager, number: number): Promise<Ticket | null> {
  return lockTicket(manager, { number });
}

export function lockTicketById(manager: EntityManager, id: string): Promise<Ticket | null> {
  return lockTicket(manager, { id });
}

function lockTicket(manager: EntityManager, where: { id: string } | { number: number }) {
  return manager.findOne(Ticket, { where, lock: { mode: 'pessimistic_write' } });
}

/**
 * The Message-IDs of a ticket's mail thread before `upTo`, oldest first: the mail that opened the
 * ticket, then the comments that came or went by mail.
 */
export async function threadOf(
  manager: EntityManager,
  ticket: Ticket,
  upTo: TicketComment,
): Promise<string[]> {
  const comments: { message_id: string | null }[] = await manager.query(
    `SELECT message_id FROM ticket_comments
      WHERE ticket_id = $1 AND (created_at, id) < ($2, $3) ORDER BY created_at, id`,
    [ticket.id, upTo.createdAt, upTo.id],
  );
  const ids = [ticket.sourceMessageId, ...comments.map((comment) => comment.message_id)];
  return ids.filter((id): id is string => id !== null);
}
