import { buildEvent, type EventOrigin } from '@crm/events';
import type { TicketComment } from '../data/ticket-comment.entity';
import type { Ticket } from '../data/ticket.entity';

/** ticket.opened for a ticket a mail opened (or any ticket: the payload is the ticket's). */
export function ticketOpened(ticket: Ticket, origin: EventOrigin) {
  return buildEvent('crm.service.ticket.opened', {
    subject: ticket.id,
    ...origin,
    data: {
      ticketId: ticket.id,
      number: ticket.number,
      customerId: ticket.customerId,
      requesterContactId: ticket.requesterContactId,
      queueId: ticket.queueId,
      source: ticket.source,
      category: ticket.category,
      priority: ticket.priority,
      openedAt: ticket.createdAt.toISOString(),
    },
  });
}

/** ticket.replied for a comment on a ticket; `firstResponse` when it is the first public agent reply. */
export function ticketReplied(
  ticket: Ticket,
  comment: TicketComment,
  firstResponse: boolean,
  origin: EventOrigin,
) {
  return buildEvent('crm.service.ticket.replied', {
    subject: ticket.id,
    ...origin,
    data: {
      ticketId: ticket.id,
      customerId: ticket.customerId,
      commentId: comment.id,
      visibility: comment.visibility,
      authorKind: comment.authorKind,
      authorUserId: comment.authorUserId,
      firstResponse,
      repliedAt: comment.createdAt.toISOString(),
    },
  });
}
