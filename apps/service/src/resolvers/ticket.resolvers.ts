import { GraphQLDateTimeISO } from 'graphql-scalars';
import { guard, guardReference, queueOfNewRecord, withinQueueScope } from '@crm/permissions';
import { runIdempotently, scopeOfRequest } from '@crm/subgraph-kit';
import { openTicket } from '../changes/ticket.changes';
import { parseNewTicket } from '../domain/new-ticket';
import type { OpenTicketInput, Resolvers } from '../generated/resolvers-types';
import type { ServiceContext } from '../service-context';
import { mayReadInternalNotes, shownPii, ticketFor } from './ticket-access';

/** Guard (the queue the caller may use) → parse → the change, once per idempotency key → the ticket. */
async function openTicketFor({ idempotencyKey, ...input }: OpenTicketInput, context: ServiceContext) {
  const fields = parseNewTicket(input);
  const queueId = queueOfNewRecord(context.caller, 'ticket:write', fields.queueId, 'tickets');
  const request = { operation: 'openTicket', key: idempotencyKey, input, field: 'input.idempotencyKey' };
  const id = await runIdempotently(scopeOfRequest(context), request, async (scope) => {
    const ticket = await openTicket(scope, { ...fields, queueId });
    return ticket.id;
  });
  return ticketFor(context, id, 'ticket:read');
}

export const ticketResolvers: Resolvers = {
  DateTime: GraphQLDateTimeISO,
  Query: {
    ticket: guard('ticket:read', (_, { id }, context) => ticketFor(context, id, 'ticket:read')),
  },
  Mutation: {
    openTicket: guard('ticket:write', (_, { input }, context) => openTicketFor(input, context)),
  },
  Ticket: {
    // A ticket of another queue reached through a federated reference resolves to null.
    __resolveReference: guardReference('ticket:read', async (reference, context) =>
      withinQueueScope(context.caller, 'ticket:read', await context.loaders.ticketById.load(reference.id)),
    ),
    customer: (ticket) => ({ id: ticket.customerId }),
    queue: (ticket) => (ticket.queueId ? { id: ticket.queueId } : null),
    assignee: (ticket) => (ticket.assigneeId ? { id: ticket.assigneeId } : null),
    requester: (ticket, _, context) => ({
      contactId: ticket.requesterContactId,
      email: shownPii(context.caller, ticket.requesterEmail),
      name: shownPii(context.caller, ticket.requesterName),
    }),
    mergedInto: async (ticket, _, context) =>
      ticket.mergedIntoId
        ? withinQueueScope(
            context.caller,
            'ticket:read',
            await context.loaders.ticketById.load(ticket.mergedIntoId),
          )
        : null,
    comments: async (ticket, _, context) => {
      const comments = await context.loaders.commentsOfTicket.load(ticket.id);
      return mayReadInternalNotes(context.caller)
        ? comments
        : comments.filter((comment) => comment.visibility === 'PUBLIC');
    },
    history: (ticket, _, context) => context.loaders.historyOfTicket.load(ticket.id),
  },
  TicketStatusChange: {
    actor: (line) => (line.actorId ? { id: line.actorId } : null),
  },
};
