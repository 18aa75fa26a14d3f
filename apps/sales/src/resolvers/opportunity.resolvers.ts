import { GraphQLDateTimeISO, GraphQLLocalDate } from 'graphql-scalars';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { notFound } from '@crm/errors';
import { assertRecordAccess, guard, guardReference, readableOwnerIds, withinScope } from '@crm/permissions';
import {
  createIdempotently,
  parseId,
  scopeOfRequest,
  type PageRequest,
  type RequestContext,
} from '@crm/subgraph-kit';
import { createOpportunity as openDeal, updateOpportunity } from '../changes/opportunity.changes';
import type { Opportunity } from '../data/opportunity.entity';
import { listOpportunities } from '../data/opportunity.repository';
import { parseNewOpportunity } from '../domain/new-opportunity';
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
  const request = { operation: 'createOpportunity', key: idempotencyKey, input };
  let created: Opportunity | null = null;
  const id = await createIdempotently(context, request, async (manager) => {
    created = await openDeal({ ...scopeOfRequest(context), db: manager }, fields);
    return created.id;
  });
  return created ?? opportunityById(id, context);
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
        updateOpportunity(scopeOfRequest(context), { ...args, id: parseId('id', args.id) }),
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
