import { GraphQLDateTimeISO } from 'graphql-scalars';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { newId } from '@crm/db';
import { notFound } from '@crm/errors';
import { guard, guardReference } from '@crm/permissions';
import { parseId, type RequestContext } from '@crm/subgraph-kit';
import { Ticket } from '../data/ticket.entity';
import { insertTicket } from '../data/ticket.repository';
import { parseNewTicket } from '../domain/new-ticket';
import { INITIAL_TICKET_STATUS } from '../domain/ticket-status';
import type { ServiceLoaders } from '../service-loaders';

type Context = RequestContext<ServiceLoaders>;

async function ticketById(id: string, context: Context): Promise<Ticket> {
  const ticket = await context.loaders.ticketById.load(parseId('id', id));
  if (!ticket) throw notFound('Ticket', id, 'id');
  return ticket;
}

async function openTicket(input: unknown, context: Context): Promise<Ticket> {
  const fields = parseNewTicket(input);
  const now = new Date();
  const ticket = Object.assign(new Ticket(), {
    ...fields,
    id: newId(),
    status: INITIAL_TICKET_STATUS,
    createdAt: now,
    updatedAt: now,
    version: 1,
  });
  await insertTicket(context.dataSource.manager, ticket);
  return ticket;
}

export const ticketResolvers: GraphQLResolverMap<Context> = {
  DateTime: GraphQLDateTimeISO,
  Query: {
    ticket: guard('ticket:read', (_: unknown, { id }: { id: string }, context: Context) =>
      ticketById(id, context),
    ),
  },
  Mutation: {
    openTicket: guard('ticket:write', (_: unknown, { input }: { input: unknown }, context: Context) =>
      openTicket(input, context),
    ),
  },
  Ticket: {
    __resolveReference: guardReference('ticket:read', (reference: { id: string }, context: Context) =>
      context.loaders.ticketById.load(reference.id),
    ),
    customer: (ticket: Ticket) => ({ __typename: 'Customer', id: ticket.customerId }),
  },
};
