import type { InboundMail } from '@crm/mail';
import { noSuchMailbox, MailRefusal } from '@crm/mail';
import { ticketSubjectOfMail } from './mail-subject';
import type { TicketStatus } from './ticket-status';

/** What a queue's mailbox decides about mail from strangers. */
export interface MailboxPolicy {
  id: string;
  address: string;
  unknownRequesterCustomerId: string | null;
}

/** Who wrote the mail, as far as the service knows: a customer's contact, or nobody it knows. */
export interface MailRequester {
  contactId: string | null;
  customerId: string;
  email: string;
  name: string | null;
}

const MAX_DESCRIPTION = 10_000;
const MAX_COMMENT = 100_000;

/**
 * The requester of a mail that opens a ticket: the contact with the sender's address, or else the
 * mailbox's customer for unknown requesters (the address and name are kept on the ticket). A
 * mailbox without one refuses strangers' mail, so the sender learns at once it did not arrive.
 */
export function requesterOfMail(
  mail: InboundMail,
  contact: { id: string; customerId: string } | null,
  mailbox: MailboxPolicy,
): MailRequester {
  const customerId = contact?.customerId ?? mailbox.unknownRequesterCustomerId;
  if (!customerId)
    throw new MailRefusal(
      550,
      `5.7.1 <${mail.from.address}> is no customer contact we know, and <${mailbox.address}> takes mail only from them`,
    );
  return { contactId: contact?.id ?? null, customerId, email: mail.from.address, name: mail.from.name };
}

/** The ticket a new mail opens: source EMAIL, in the mailbox's queue, threaded on its Message-ID. */
export function ticketFieldsOfMail(mail: InboundMail, mailbox: MailboxPolicy, requester: MailRequester) {
  return {
    customerId: requester.customerId,
    queueId: mailbox.id,
    subject: ticketSubjectOfMail(mail.subject),
    description: mail.text ? mail.text.slice(0, MAX_DESCRIPTION) : null,
    source: 'EMAIL' as const,
    requesterContactId: requester.contactId,
    requesterEmail: requester.email,
    requesterName: requester.name?.slice(0, 200) ?? null,
    sourceMessageId: mail.messageId,
  };
}

/** The public comment a customer's mailed reply becomes. */
export function commentFieldsOfMail(mail: InboundMail) {
  return {
    visibility: 'PUBLIC' as const,
    authorKind: 'CUSTOMER' as const,
    authorUserId: null,
    authorEmail: mail.from.address,
    authorName: mail.from.name?.slice(0, 200) ?? null,
    body: (mail.text || '(empty mail)').slice(0, MAX_COMMENT),
    messageId: mail.messageId,
  };
}

/** A mail to several addresses goes to the first that is a queue's mailbox. */
export function mailboxForRecipients<T extends { address: string }>(recipients: string[], mailboxes: T[]): T {
  const mailbox = recipients
    .map((recipient) => mailboxes.find((candidate) => candidate.address === recipient))
    .find((found) => found !== undefined);
  if (!mailbox) throw noSuchMailbox(recipients[0] ?? '');
  return mailbox;
}

/**
 * A reply found only by the `[#1042]` in its subject counts only from the ticket's requester or a
 * contact of its customer: anybody can type a ticket number, not anybody may write on the ticket.
 */
export function mayAnswerByNumber(
  ticket: { customerId: string; requesterEmail: string | null },
  mail: InboundMail,
  contact: { customerId: string } | null,
): boolean {
  return ticket.requesterEmail === mail.from.address || contact?.customerId === ticket.customerId;
}

/**
 * A conversation goes on by mail until the ticket is closed (as assertTakesComments says for
 * every comment); a reply to a closed ticket opens a new one rather than bouncing.
 */
export const takesMailedReplies = (status: TicketStatus): boolean =>
  status !== 'CLOSED' && status !== 'ARCHIVED';
