import { guard } from '@crm/permissions';
import { scopeOfRequest } from '@crm/subgraph-kit';
import { addComment } from '../changes/ticket.changes';
import type { CommentVisibility } from '../domain/ticket-comment-rules';
import { parseTicketComment } from '../domain/ticket-requests';
import type { ReplyToTicketInput, Resolvers } from '../generated/resolvers-types';
import type { ServiceContext } from '../service-context';
import { shownPii, ticketFor } from './ticket-access';

/** An agent's comment on a ticket of a queue they work: a public reply or an internal note. */
async function comment(input: ReplyToTicketInput, visibility: CommentVisibility, context: ServiceContext) {
  const { ticketId, body } = parseTicketComment(input);
  await ticketFor(context, ticketId, 'ticket:write', 'input.ticketId');
  const added = await addComment(scopeOfRequest(context), {
    ticketId,
    visibility,
    authorKind: 'AGENT',
    authorUserId: context.caller.userId,
    body,
  });
  return added.comment;
}

export const ticketConversationResolvers: Resolvers = {
  Mutation: {
    replyToTicket: guard('ticket:write', (_, { input }, context) => comment(input, 'PUBLIC', context)),
    addTicketNote: guard('ticket:write', (_, { input }, context) => comment(input, 'INTERNAL', context)),
  },
  TicketComment: {
    author: (comment) => (comment.authorUserId ? { id: comment.authorUserId } : null),
    authorEmail: (comment, _, context) => shownPii(context.caller, comment.authorEmail),
    authorName: (comment, _, context) =>
      comment.authorKind === 'CUSTOMER' ? shownPii(context.caller, comment.authorName) : comment.authorName,
  },
};
