import type { EntityManager } from 'typeorm';
import { answeredMessageIds, type InboundMail } from '@crm/mail';
import { runChange, type ChangeScope } from '@crm/subgraph-kit';
import { findContactByEmail } from '../data/known-contact.repository';
import { findKnownCustomer, survivorOf } from '../data/known-customer.repository';
import {
  isMailTaken,
  lockTicketAnswered,
  lockTicketById,
  lockTicketByNumber,
} from '../data/mail-thread.repository';
import type { Ticket } from '../data/ticket.entity';
import { ticketNumberInSubject } from '../domain/mail-subject';
import {
  commentFieldsOfMail,
  mayAnswerByNumber,
  requesterOfMail,
  takesMailedReplies,
  ticketFieldsOfMail,
  type MailboxPolicy,
} from '../domain/mail-ticket';
import { DEFAULT_TICKET_PRIORITY } from '../domain/ticket-priority';
import { addComment, openTicket } from './ticket.changes';

export type MailOutcome =
  | { kind: 'opened'; ticketId: string }
  | { kind: 'replied'; ticketId: string; commentId: string }
  | { kind: 'duplicate' };

/**
 * A mail to a queue's address: a reply to one of the ticket's mails (In-Reply-To / References,
 * else the `[#1042]` in its subject) becomes the customer's public comment, any other mail (or a
 * reply to a closed ticket) a new ticket, assigned by the queue's rule. The same mail delivered
 * again (same Message-ID) changes nothing.
 */
export function takeSupportMail(
  scope: ChangeScope,
  mailbox: MailboxPolicy,
  mail: InboundMail,
): Promise<MailOutcome> {
  return runChange(scope, async (change): Promise<MailOutcome> => {
    if (await isMailTaken(change.manager, mail.messageId)) return { kind: 'duplicate' };
    // The ticket verbs join this transaction: the check above and the write commit together.
    const inTransaction: ChangeScope = { ...scope, db: change.manager };
    const contact = await contactOfSender(change.manager, mail);
    const ticket = await ticketAnswered(change.manager, mail, contact);
    if (ticket && takesMailedReplies(ticket.status)) {
      const { comment } = await addComment(inTransaction, {
        ticketId: ticket.id,
        ...commentFieldsOfMail(mail),
      });
      return { kind: 'replied', ticketId: ticket.id, commentId: comment.id };
    }
    const opened = await openTicket(inTransaction, {
      ...ticketFieldsOfMail(mail, mailbox, requesterOfMail(mail, contact, mailbox)),
      category: 'QUESTION',
      severity: null,
      priority: DEFAULT_TICKET_PRIORITY,
    });
    return { kind: 'opened', ticketId: opened.id };
  });
}

/** The sender's contact, filed under its customer's survivor; an erased customer's is nobody. */
async function contactOfSender(manager: EntityManager, mail: InboundMail) {
  const contact = await findContactByEmail(manager, mail.from.address);
  if (!contact) return null;
  const customerId = await survivorOf(manager, contact.customerId);
  const customer = await findKnownCustomer(manager, customerId);
  return customer?.erasedAt ? null : { id: contact.id, customerId };
}

async function ticketAnswered(
  manager: EntityManager,
  mail: InboundMail,
  contact: { customerId: string } | null,
): Promise<Ticket | null> {
  const threaded = await lockTicketAnswered(manager, answeredMessageIds(mail));
  if (threaded) return followMerges(manager, threaded);
  const number = ticketNumberInSubject(mail.subject);
  const numbered = number === null ? null : await lockTicketByNumber(manager, number);
  return numbered && mayAnswerByNumber(numbered, mail, contact) ? followMerges(manager, numbered) : null;
}

/** A duplicate merged into another ticket lives on there: the conversation continues on it. */
async function followMerges(manager: EntityManager, ticket: Ticket): Promise<Ticket | null> {
  let current: Ticket | null = ticket;
  for (let hops = 0; current?.mergedIntoId && hops < 10; hops++)
    current = await lockTicketById(manager, current.mergedIntoId);
  return current;
}
