import type { EntityManager } from 'typeorm';
import { messageIdOn, replyThreading, type OutgoingMail } from '@crm/mail';
import { findMailboxOfQueue } from '../data/queue-mailbox.repository';
import type { TicketComment } from '../data/ticket-comment.entity';
import type { Ticket } from '../data/ticket.entity';
import { threadOf } from '../data/mail-thread.repository';
import { replySubject } from '../domain/mail-subject';

export interface ReplyMailSettings {
  /** The sender when the ticket's queue has no mailbox of its own. */
  from: string;
  messageIdDomain: string;
}

/**
 * The Message-ID an agent's reply is sent with: derived from the comment, so sending it again
 * after a crash produces the same mail, which mail clients show once.
 */
export const replyMessageId = (ticket: Ticket, comment: TicketComment, domain: string) =>
  messageIdOn(domain, `ticket-${ticket.number}.${comment.id}`);

/**
 * The mail an agent's public reply becomes: from the queue's address (so the customer's answer
 * comes back to it), threaded on every mail of the ticket before this reply.
 */
export async function agentReplyMail(
  manager: EntityManager,
  ticket: Ticket & { requesterEmail: string },
  comment: TicketComment,
  settings: ReplyMailSettings,
): Promise<OutgoingMail> {
  const mailbox = ticket.queueId ? await findMailboxOfQueue(manager, ticket.queueId) : null;
  const thread = await threadOf(manager, ticket, comment);
  const { inReplyTo, references } = replyThreading(thread);
  return {
    from: mailbox?.address ?? settings.from,
    to: ticket.requesterName
      ? { name: ticket.requesterName, address: ticket.requesterEmail }
      : ticket.requesterEmail,
    subject: replySubject(ticket),
    text: comment.body,
    messageId: replyMessageId(ticket, comment, settings.messageIdDomain),
    inReplyTo,
    references,
  };
}
