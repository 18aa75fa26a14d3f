import type { EntityManager } from 'typeorm';
import { newId } from '@crm/db';
import { answeredMessageIds, type InboundMail } from '@crm/mail';
import { runChange, type Change, type ChangeScope } from '@crm/subgraph-kit';
import { findContactByEmail } from '../data/known-contact.repository';
import { findKnownCustomer, survivorOf } from '../data/known-customer.repository';
import { isMailTaken, lockTicketAnswered, lockTicketByNumber } from '../data/mail-thread.repository';
import { TicketComment } from '../data/ticket-comment.entity';
import { Ticket } from '../data/ticket.entity';
import { ticketNumberInSubject } from '../domain/mail-subject';
import {
  commentFieldsOfMail,
  mayAnswerByNumber,
  requesterOfMail,
  ticketFieldsOfMail,
  type MailboxPolicy,
} from '../domain/mail-ticket';
import { INITIAL_TICKET_STATUS } from '../domain/ticket-status';
import { DEFAULT_TICKET_PRIORITY } from '../domain/ticket-priority';
import { ticketOpened, ticketReplied } from '../events/ticket-mail.events';

export type MailOutcome =
  | { kind: 'opened'; ticketId: string }
  | { kind: 'replied'; ticketId: string; commentId: string }
  | { kind: 'duplicate' };

/**
 * A mail to a queue's address: a reply to one of our mails (In-Reply-To / References, else the
 * `[#1042]` in its subject) becomes a public comment of the customer, any other mail a new
 * ticket. The same mail delivered again (same Message-ID) changes nothing.
 */
export function takeSupportMail(
  scope: ChangeScope,
  mailbox: MailboxPolicy,
  mail: InboundMail,
): Promise<MailOutcome> {
  return runChange(scope, async (change): Promise<MailOutcome> => {
    if (await isMailTaken(change.manager, mail.messageId)) return { kind: 'duplicate' };
    const contact = await contactOfSender(change.manager, mail);
    const ticket = await ticketAnswered(change.manager, mail, contact);
    return ticket ? addMailedReply(change, ticket, mail) : openTicketFromMail(change, mailbox, mail, contact);
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
  if (threaded) return threaded;
  const number = ticketNumberInSubject(mail.subject);
  const numbered = number === null ? null : await lockTicketByNumber(manager, number);
  return numbered && mayAnswerByNumber(numbered, mail, contact) ? numbered : null;
}

async function openTicketFromMail(
  change: Change,
  mailbox: MailboxPolicy,
  mail: InboundMail,
  contact: { id: string; customerId: string } | null,
): Promise<MailOutcome> {
  const requester = requesterOfMail(mail, contact, mailbox);
  const now = new Date();
  const row = Object.assign(new Ticket(), {
    ...ticketFieldsOfMail(mail, mailbox, requester),
    id: newId(),
    category: 'QUESTION' as const,
    priority: DEFAULT_TICKET_PRIORITY,
    status: INITIAL_TICKET_STATUS,
    createdAt: now,
    updatedAt: now,
    version: 1,
  });
  // The audit entry names the mail, not its text or sender (both are the customer's personal data).
  await change.insert(Ticket, row, {
    action: 'openTicketFromMail',
    shown: { id: row.id, queueId: row.queueId, source: row.source, sourceMessageId: row.sourceMessageId },
  });
  // The number comes from Postgres (an identity column).
  const ticket = await change.manager.findOneByOrFail(Ticket, { id: row.id });
  change.publish(ticketOpened(ticket, change.origin));
  return { kind: 'opened', ticketId: ticket.id };
}

async function addMailedReply(change: Change, ticket: Ticket, mail: InboundMail): Promise<MailOutcome> {
  const comment = Object.assign(new TicketComment(), {
    ...commentFieldsOfMail(mail),
    id: newId(),
    ticketId: ticket.id,
    createdAt: new Date(),
  });
  await change.insert(TicketComment, comment, {
    action: 'addMailedReply',
    shown: { id: comment.id, ticketId: ticket.id, messageId: comment.messageId },
  });
  change.publish(ticketReplied(ticket, comment, false, change.origin));
  return { kind: 'replied', ticketId: ticket.id, commentId: comment.id };
}
