import { GraphQLDateTimeISO } from 'graphql-scalars';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { newId } from '@crm/db';
import { notFound } from '@crm/errors';
import {
  assertQueueAccess,
  guard,
  guardReference,
  queueOfNewRecord,
  withinQueueScope,
} from '@crm/permissions';
import { createIdempotently, parseId, recordCreation, type RequestContext } from '@crm/subgraph-kit';
import { findKnownCustomer } from '../data/known-customer.repository';
import { KnownTeam } from '../data/known-team.entity';
import { Ticket } from '../data/ticket.entity';
import { insertTicket } from '../data/ticket.repository';
import { parseNewTicket } from '../domain/new-ticket';
import { assertQueueExists, assertTakesTickets } from '../domain/ticket-references';
import { INITIAL_TICKET_STATUS } from '../domain/ticket-status';
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

async function openTicket({ idempotencyKey, ...input }: OpenTicketArgs['input'], context: Context) {
  const fields = parseNewTicket(input);
  const queueId = queueOfNewRecord(context.caller, 'ticket:write', fields.queueId, 'tickets');
  const id = await createIdempotently(
    context,
    { operation: 'openTicket', key: idempotencyKey, input, field: 'input.idempotencyKey' },
    async (manager) => {
      assertTakesTickets(
        await findKnownCustomer(manager, fields.customerId),
        fields.customerId,
        'input.customerId',
      );
      if (queueId)
        assertQueueExists(await manager.findOneBy(KnownTeam, { id: queueId }), queueId, 'input.queueId');
      const now = new Date();
      const ticket = Object.assign(new Ticket(), {
        ...fields,
        queueId,
        id: newId(),
        status: INITIAL_TICKET_STATUS,
        createdAt: now,
        updatedAt: now,
        version: 1,
      });
      await insertTicket(manager, ticket);
      await recordCreation(manager, context, 'openTicket', 'Ticket', ticket);
      return ticket.id;
    },
  );
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
      openTicket(input, context),
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
