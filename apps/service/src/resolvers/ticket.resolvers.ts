import { GraphQLDateTimeISO } from 'graphql-scalars';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { notFound } from '@crm/errors';
import {
  assertQueueAccess,
  guard,
  guardReference,
  queueOfNewRecord,
  withinQueueScope,
} from '@crm/permissions';
import { createIdempotently, parseId, scopeOfRequest, type RequestContext } from '@crm/subgraph-kit';
import { openTicket } from '../changes/ticket.changes';
import type { Ticket } from '../data/ticket.entity';
import { parseNewTicket } from '../domain/new-ticket';
import type { ServiceLoaders } from '../service-loaders';

type Context = RequestContext<ServiceLoaders>;

interface OpenTicketArgs {
  input: { idempotencyKey?: string | null };
}

async function ticketById(id: string, context: Context): Promise<Ticket> {
  const ticket = await context.loaders.ticketById.load(parseId('id', id));
  if (!ticket) throw notFound('Ticket', id, 'id');
  assertQueueAccess(context.caller, 'ticket:read', ticket.queueId, `ticket ${id}`);
  return ticket;
}

/** Guard (the queue the caller may use) → parse → the change, once per idempotency key → the ticket. */
async function openTicketFor({ idempotencyKey, ...input }: OpenTicketArgs['input'], context: Context) {
  const fields = parseNewTicket(input);
  const queueId = queueOfNewRecord(context.caller, 'ticket:write', fields.queueId, 'tickets');
  const request = { operation: 'openTicket', key: idempotencyKey, input, field: 'input.idempotencyKey' };
  const id = await createIdempotently(context, request, async (manager) => {
    const ticket = await openTicket({ ...scopeOfRequest(context), db: manager }, { ...fields, queueId });
    return ticket.id;
  });
  return ticketById(id, context);
}

export const ticketResolvers: GraphQLResolverMap<Context> = {
  DateTime: GraphQLDateTimeISO,
  Query: {
    ticket: guard('ticket:read', (_: unknown, { id }: { id: string }, context: Context) =>
      ticketById(id, context),
    ),
  },
  Mutation: {
    openTicket: guard('ticket:write', (_: unknown, { input }: OpenTicketArgs, context: Context) =>
      openTicketFor(input, context),
    ),
  },
  Ticket: {
    // A ticket of another queue reached through a federated reference resolves to null.
    __resolveReference: guardReference('ticket:read', async (reference: { id: string }, context: Context) =>
      withinQueueScope(context.caller, 'ticket:read', await context.loaders.ticketById.load(reference.id)),
    ),
    customer: (ticket: Ticket) => ({ __typename: 'Customer', id: ticket.customerId }),
    queue: (ticket: Ticket) => (ticket.queueId ? { __typename: 'Team', id: ticket.queueId } : null),
  },
};
