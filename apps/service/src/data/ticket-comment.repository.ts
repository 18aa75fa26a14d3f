import { In, type DataSource, type EntityManager } from 'typeorm';
import { ERASED_COMMENT_BODY } from '../domain/ticket-erasure';
import { TicketComment } from './ticket-comment.entity';

/** Oldest first, as the conversation happened; internal notes only when asked for. */
export function commentsOfTickets(
  dataSource: DataSource,
  ticketIds: readonly string[],
  withInternalNotes: boolean,
): Promise<TicketComment[]> {
  return dataSource.getRepository(TicketComment).find({
    where: { ticketId: In([...ticketIds]), ...(withInternalNotes ? {} : { visibility: 'PUBLIC' }) },
    order: { createdAt: 'ASC', id: 'ASC' },
  });
}

export async function hasPublicAgentReply(manager: EntityManager, ticketId: string): Promise<boolean> {
  const rows: unknown[] = await manager.query(
    `SELECT 1 FROM ticket_comments WHERE ticket_id = $1 AND visibility = 'PUBLIC' AND author_kind = 'AGENT' LIMIT 1`,
    [ticketId],
  );
  return rows.length > 0;
}

/** A duplicate's conversation continues on the ticket it was merged into. */
export async function moveComments(
  manager: EntityManager,
  fromTicketId: string,
  toTicketId: string,
): Promise<number> {
  const [, moved]: [unknown, number] = await manager.query(
    'UPDATE ticket_comments SET ticket_id = $2 WHERE ticket_id = $1',
    [fromTicketId, toTicketId],
  );
  return moved;
}

/**
 * GDPR Art. 17: on the customer's tickets, what the customer wrote and every author address and
 * name go; agents' replies lose the customer's address only (their text is the company's record).
 * Returns how many comments changed.
 */
export async function eraseCommentsOfCustomer(manager: EntityManager, customerId: string): Promise<number> {
  const [, erased]: [unknown, number] = await manager.query(
    `UPDATE ticket_comments comment
        SET body = CASE WHEN comment.author_kind = 'CUSTOMER' THEN $2 ELSE comment.body END,
            author_email = NULL,
            author_name = CASE WHEN comment.author_kind = 'CUSTOMER' THEN NULL ELSE comment.author_name END
       FROM tickets ticket
      WHERE ticket.id = comment.ticket_id AND ticket.customer_id = $1
        AND (comment.author_email IS NOT NULL
             OR (comment.author_kind = 'CUSTOMER' AND (comment.body <> $2 OR comment.author_name IS NOT NULL)))`,
    [customerId, ERASED_COMMENT_BODY],
  );
  return erased;
}
