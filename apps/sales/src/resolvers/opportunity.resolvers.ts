import { GraphQLDateTimeISO, GraphQLLocalDate } from 'graphql-scalars';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { forbidden, notFound } from '@crm/errors';
import {
  assertRecordAccess,
  guard,
  guardReference,
  ownerOfNewRecord,
  readableOwnerIds,
  withinScope,
} from '@crm/permissions';
import { createIdempotently, parseId, type PageRequest, type RequestContext } from '@crm/subgraph-kit';
import { KnownCustomer } from '../data/known-customer.entity';
import { Opportunity } from '../data/opportunity.entity';
import { listOpportunities, lockOpportunity } from '../data/opportunity.repository';
import { changeOpportunity, insertOpportunity, newOpportunity } from '../data/opportunity-store';
import { parseNewOpportunity } from '../domain/new-opportunity';
import { parseOpportunityChanges } from '../domain/opportunity-changes';
import type { OpportunityStage } from '../domain/opportunity-stage';
import type { SalesLoaders } from '../sales-loaders';
import { optionalId } from '../domain/input-parsing';

type Context = RequestContext<SalesLoaders>;

interface OpportunitiesArgs extends PageRequest {
  filter?: {
    stage?: OpportunityStage | null;
    ownerId?: string | null;
    customerId?: string | null;
    closingAfter?: string | null;
    closingBefore?: string | null;
  } | null;
}

export async function opportunityById(id: string, context: Context): Promise<Opportunity> {
  const opportunity = await context.loaders.opportunityById.load(parseId('id', id));
  if (!opportunity) throw notFound('Opportunity', id, 'id');
  assertRecordAccess(context.caller, 'opportunity:read', opportunity.ownerId, `opportunity ${id}`);
  return opportunity;
}

function opportunities({ first, after, filter }: OpportunitiesArgs, context: Context) {
  const ownerId = optionalId('filter.ownerId', filter?.ownerId);
  return listOpportunities(
    context.dataSource,
    {
      ownerIds: readableOwnerIds(context.caller, 'opportunity:read', ownerId),
      stage: filter?.stage,
      customerId: optionalId('filter.customerId', filter?.customerId),
      closingAfter: filter?.closingAfter,
      closingBefore: filter?.closingBefore,
    },
    { first, after },
  );
}

async function createOpportunity(
  { idempotencyKey, ...input }: { idempotencyKey?: string | null },
  context: Context,
): Promise<Opportunity> {
  const fields = parseNewOpportunity(input);
  const ownerId = ownerOfNewRecord(context.caller, 'opportunity:write', fields.ownerId, 'opportunities');
  const opportunity = newOpportunity({ ...fields, ownerId }, new Date());
  const request = { operation: 'createOpportunity', key: idempotencyKey, input };
  const id = await createIdempotently(context, request, async (manager) => {
    // Shared lock: the customer cannot vanish from the projection before this commits.
    const customer = await manager.findOne(KnownCustomer, {
      where: { id: fields.customerId },
      lock: { mode: 'pessimistic_read' },
    });
    if (!customer) throw notFound('Customer', fields.customerId, 'input.customerId');
    assertRecordAccess(context.caller, 'customer:read', customer.ownerId, `customer ${customer.id}`);
    await insertOpportunity(manager, context, opportunity);
    return opportunity.id;
  });
  return id === opportunity.id ? opportunity : opportunityById(id, context);
}

/** A new owner must be within the caller's reach; only scope 'all' may leave a deal unassigned. */
function newOwnerOf(requested: string | null, context: Context): string | null {
  if (requested !== null)
    return ownerOfNewRecord(context.caller, 'opportunity:write', requested, 'opportunities');
  if (readableOwnerIds(context.caller, 'opportunity:write') !== null)
    throw forbidden('You may not leave a deal without an owner; assign it to someone');
  return null;
}

async function updateOpportunity(
  args: { id: string; version: number; input: unknown },
  context: Context,
): Promise<Opportunity> {
  const id = parseId('id', args.id);
  return context.dataSource.transaction(async (manager) => {
    const before = await lockOpportunity(manager, id, args.version);
    assertRecordAccess(context.caller, 'opportunity:write', before.ownerId, `opportunity ${id}`);
    const changes = parseOpportunityChanges(args.input, before.stage);
    if (changes.ownerId !== undefined) changes.ownerId = newOwnerOf(changes.ownerId, context);
    return changeOpportunity(manager, context, { action: 'updateOpportunity', before, changes });
  });
}

export const opportunityResolvers: GraphQLResolverMap<Context> = {
  DateTime: GraphQLDateTimeISO,
  LocalDate: GraphQLLocalDate,
  Query: {
    opportunity: guard('opportunity:read', (_: unknown, { id }: { id: string }, context: Context) =>
      opportunityById(id, context),
    ),
    opportunities: guard('opportunity:read', (_: unknown, args: OpportunitiesArgs, context: Context) =>
      opportunities(args, context),
    ),
  },
  Mutation: {
    createOpportunity: guard(
      'opportunity:write',
      (_: unknown, { input }: { input: { idempotencyKey?: string | null } }, context: Context) =>
        createOpportunity(input, context),
    ),
    updateOpportunity: guard(
      'opportunity:write',
      (_: unknown, args: { id: string; version: number; input: unknown }, context: Context) =>
        updateOpportunity(args, context),
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
