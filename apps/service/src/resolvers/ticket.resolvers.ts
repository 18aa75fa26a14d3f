import { GraphQLDateTimeISO } from 'graphql-scalars';
import { notFound } from '@crm/errors';
import {
  assertQueueAccess,
  guard,
  guardReference,
  queueOfNewRecord,
  withinQueueScope,
} from '@crm/permissions';
import { runIdempotently, parseId, scopeOfRequest } from '@crm/subgraph-kit';
import { openTicket } from '../changes/ticket.changes';
import type { Ticket } from '../data/ticket.entity';
import { parseNewTicket } from '../domain/new-ticket';
import type { OpenTicketInput, Resolvers } from '../generated/resolvers-types';
import type { ServiceContext } from '../service-context';

async function ticketById(id: string, context: ServiceContext): Promise<Ticket> {
  const ticket = await context.loaders.ticketById.load(parseId('id', id));
  if (!ticket) throw notFound('Ticket', id, 'id');
  assertQueueAccess(context.caller, 'ticket:read', ticket.queueId, `ticket ${id}`);
  return ticket;
}

/** Guard (the queue the caller may use) → parse → the change, once per idempotency key → the ticket. */
async function openTicketFor({ idempotencyKey, ...input }: OpenTicketInput, context: ServiceContext) {
  const fields = parseNewTicket(input);
  const queueId = queueOfNewRecord(context.caller, 'ticket:write', fields.queueId, 'tickets');
  const request = { operation: 'openTicket', key: idempotencyKey, input, field: 'input.idempotencyKey' };
  const id = await runIdempotently(scopeOfRequest(context), request, async (scope) => {
    const ticket = await openTicket(scope, { ...fields, queueId });
    return ticket.id;
  });
  return ticketById(id, context);
}

export const ticketResolvers: Resolvers = {
  DateTime: GraphQLDateTimeISO,
  Query: {
    ticket: guard('ticket:read', (_, { id }, context) => ticketById(id, context)),
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
  },
};
