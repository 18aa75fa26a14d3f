import { newId } from '@crm/db';
import { runChange, type Change, type ChangeScope } from '@crm/subgraph-kit';
import { TicketComment } from '../data/ticket-comment.entity';
import { Ticket } from '../data/ticket.entity';
import {
  assertCommentAuthor,
  assertTakesComments,
  isFirstResponse,
  type CommentAuthorKind,
  type CommentVisibility,
} from '../domain/ticket-comment-rules';
import { moveOnCustomerReply } from '../domain/ticket-status';
import { ticketReplied } from '../events/ticket.events';
import { applyMove } from './ticket-moves';
import { ticketReopenWindowDays } from './ticket-settings';

export interface NewComment {
  ticketId: string;
  visibility: CommentVisibility;
  authorKind: CommentAuthorKind;
  /** The agent who wrote it; null for the customer's messages. */
  authorUserId: string | null;
  /** The sender's address and name on a mailed message. */
  authorEmail?: string | null;
  authorName?: string | null;
  body: string;
  /** The Message-ID it arrived with or is sent as (threading); unique. */
  messageId?: string | null;
}

export interface AddedComment {
  ticket: Ticket;
  comment: TicketComment;
  firstResponse: boolean;
}

function commentOf(input: NewComment): TicketComment {
  return Object.assign(new TicketComment(), {
    id: newId(),
    ticketId: input.ticketId,
    visibility: input.visibility,
    authorKind: input.authorKind,
    authorUserId: input.authorUserId?.toLowerCase() ?? null,
    authorEmail: input.authorEmail?.toLowerCase() ?? null,
    authorName: input.authorName ?? null,
    body: input.body,
    messageId: input.messageId ?? null,
    createdAt: new Date(),
  });
}

/** What a comment does to its ticket: the first public agent reply, or a customer's answer moving it. */
async function followUp(change: Change, before: Ticket, comment: TicketComment, firstResponse: boolean) {
  let ticket = before;
  if (firstResponse)
    ticket = await change.update(
      Ticket,
      ticket,
      { firstRespondedAt: comment.createdAt },
      { action: 'firstResponse' },
    );
  const to =
    comment.authorKind === 'CUSTOMER'
      ? moveOnCustomerReply(ticket, comment.createdAt, ticketReopenWindowDays())
      : null;
  if (to) {
    const fields = ticket.status === 'RESOLVED' ? { resolvedAt: null } : {};
    ticket = await applyMove(change, ticket, to, 'the customer replied', fields, 'customerReplied');
  }
  return ticket;
}

/**
 * Adds a public reply or an internal note to a ticket and publishes ticket.replied. The first
 * public agent reply sets firstRespondedAt (the first-response SLA stops); a customer's reply
 * moves a ticket WAITING_ON_CUSTOMER back to IN_PROGRESS and reopens one RESOLVED within the
 * reopen window. Who may comment is the caller's guard (resolver or mail listener).
 */
export function addComment(scope: ChangeScope, input: NewComment): Promise<AddedComment> {
  return runChange(scope, async (change) => {
    const before = await change.lock(Ticket, input.ticketId, { field: 'input.ticketId' });
    assertTakesComments(before.status, 'input.ticketId');
    const comment = commentOf(input);
    assertCommentAuthor(comment, 'input.visibility');
    await change.insert(TicketComment, comment, {
      action: comment.visibility === 'PUBLIC' ? 'replyToTicket' : 'addTicketNote',
      // The text stays out of the audit trail: it may be erased later (GDPR), the trail is not.
      shown: { ticketId: comment.ticketId, visibility: comment.visibility, authorKind: comment.authorKind },
    });
    const firstResponse = isFirstResponse(before, comment);
    change.publish(ticketReplied(before, comment, firstResponse, change.origin));
    const ticket = await followUp(change, before, comment, firstResponse);
    return { ticket, comment, firstResponse };
  });
}
