import { badUserInput } from '@crm/errors';
import type { TicketStatus } from './ticket-status';

export type CommentVisibility = 'PUBLIC' | 'INTERNAL';
export type CommentAuthorKind = 'AGENT' | 'CUSTOMER';

/** A conversation goes on until the ticket is closed; a later message belongs on a new ticket. */
export function assertTakesComments(status: TicketStatus, field: string): void {
  if (status === 'CLOSED' || status === 'ARCHIVED')
    throw badUserInput(field, `ticket is ${status} and takes no more comments; open a new ticket`);
}

/** Customers only write public messages; an internal note has an agent behind it. */
export function assertCommentAuthor(
  comment: { visibility: CommentVisibility; authorKind: CommentAuthorKind; authorUserId: string | null },
  field: string,
): void {
  if (comment.authorKind === 'CUSTOMER' && comment.visibility === 'INTERNAL')
    throw badUserInput(field, 'a customer cannot write an internal note');
  if (comment.authorKind === 'AGENT' && !comment.authorUserId)
    throw badUserInput(field, "an agent's comment needs the agent's user id");
}

/** The first public agent reply stops the first-response clock (once). */
export function isFirstResponse(
  ticket: { firstRespondedAt: Date | null },
  comment: { visibility: CommentVisibility; authorKind: CommentAuthorKind },
): boolean {
  return (
    ticket.firstRespondedAt === null && comment.visibility === 'PUBLIC' && comment.authorKind === 'AGENT'
  );
}
