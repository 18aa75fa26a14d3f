import { GraphQLDateTimeISO, GraphQLLocalDate } from 'graphql-scalars';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { newId } from '@crm/db';
import { notFound } from '@crm/errors';
import { appendToOutbox } from '@crm/messaging';
import { assertRecordAccess, guard, guardReference, ownerOfNewRecord, withinScope } from '@crm/permissions';
import { createIdempotently, parseId, recordCreation, type RequestContext } from '@crm/subgraph-kit';
import { KnownCustomer } from '../data/known-customer.entity';
import { Opportunity } from '../data/opportunity.entity';
import { parseNewOpportunity } from '../domain/new-opportunity';
import { opportunityCreated } from '../events/opportunity-created.event';
import type { SalesLoaders } from '../sales-loaders';

type Context = RequestContext<SalesLoaders>;

async function opportunityById(id: string, context: Context): Promise<Opportunity> {
  const opportunity = await context.loaders.opportunityById.load(parseId('id', id));
  if (!opportunity) throw notFound('Opportunity', id, 'id');
  assertRecordAccess(context.caller, 'opportunity:read', opportunity.ownerId, `opportunity ${id}`);
  return opportunity;
}

async function createOpportunity(
  { idempotencyKey, ...input }: { idempotencyKey?: string | null },
  context: Context,
): Promise<Opportunity> {
  const fields = parseNewOpportunity(input);
  const ownerId = ownerOfNewRecord(context.caller, 'opportunity:write', fields.ownerId, 'opportunities');
  const now = new Date();
  const opportunity = Object.assign(new Opportunity(), {
    ...fields,
    ownerId,
    id: newId(),
    createdAt: now,
    updatedAt: now,
    version: 1,
  });
  const request = { operation: 'createOpportunity', key: idempotencyKey, input };
  const id = await createIdempotently(context, request, async (manager) => {
    // Shared lock: the customer cannot vanish from the projection before this commits.
    const customer = await manager.findOne(KnownCustomer, {
      where: { id: fields.customerId },
      lock: { mode: 'pessimistic_read' },
    });
    if (!customer) throw notFound('Customer', fields.customerId, 'input.customerId');
    assertRecordAccess(context.caller, 'customer:read', customer.ownerId, `customer ${customer.id}`);
    await manager.insert(Opportunity, opportunity);
    await appendToOutbox(manager, [
      opportunityCreated(opportunity, context.caller.userId, context.correlationId),
    ]);
    await recordCreation(manager, context, 'createOpportunity', 'Opportunity', opportunity);
    return opportunity.id;
  });
  return id === opportunity.id ? opportunity : opportunityById(id, context);
}

export const opportunityResolvers: GraphQLResolverMap<Context> = {
  DateTime: GraphQLDateTimeISO,
  LocalDate: GraphQLLocalDate,
  Query: {
    opportunity: guard('opportunity:read', (_: unknown, { id }: { id: string }, context: Context) =>
      opportunityById(id, context),
    ),
  },
  Mutation: {
    createOpportunity: guard(
      'opportunity:write',
      (_: unknown, { input }: { input: { idempotencyKey?: string | null } }, context: Context) =>
        createOpportunity(input, context),
    ),
  },
  Opportunity: {
    // Another rep's deal reached through a federated reference resolves to null.
    __resolveReference: guardReference(
      'opportunity:read',
      async (reference: { id: string }, context: Context) =>
        withinScope(
          context.caller,
          'opportunity:read',
          await context.loaders.opportunityById.load(reference.id),
        ),
    ),
    customer: (opportunity: Opportunity) => ({ __typename: 'Customer', id: opportunity.customerId }),
    owner: (opportunity: Opportunity) =>
      opportunity.ownerId ? { __typename: 'User', id: opportunity.ownerId } : null,
    amount: (opportunity: Opportunity) => ({ amount: opportunity.amount, currency: opportunity.currency }),
  },
};
