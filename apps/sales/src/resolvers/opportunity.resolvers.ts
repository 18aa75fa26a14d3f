import { GraphQLDateTimeISO, GraphQLLocalDate } from 'graphql-scalars';
import { notFound } from '@crm/errors';
import { assertRecordAccess, guard, guardReference, readableOwnerIds, withinScope } from '@crm/permissions';
import { runIdempotently, parseId, scopeOfRequest, type PageRequest } from '@crm/subgraph-kit';
import { createOpportunity as openDeal, updateOpportunity } from '../changes/opportunity.changes';
import type { Opportunity } from '../data/opportunity.entity';
import { listOpportunities } from '../data/opportunity.repository';
import { parseNewOpportunity } from '../domain/new-opportunity';
import type { OpportunityStage } from '../domain/opportunity-stage';
import { optionalId } from '../domain/input-parsing';
import type { Resolvers } from '../generated/resolvers-types';
import type { SalesContext } from '../sales-context';

interface OpportunitiesArgs extends PageRequest {
  filter?: {
    stage?: OpportunityStage | null;
    ownerId?: string | null;
    customerId?: string | null;
    closingAfter?: string | null;
    closingBefore?: string | null;
  } | null;
}

export async function opportunityById(id: string, context: SalesContext): Promise<Opportunity> {
  const opportunity = await context.loaders.opportunityById.load(parseId('id', id));
  if (!opportunity) throw notFound('Opportunity', id, 'id');
  assertRecordAccess(context.caller, 'opportunity:read', opportunity.ownerId, `opportunity ${id}`);
  return opportunity;
}

function opportunities({ first, after, filter }: OpportunitiesArgs, context: SalesContext) {
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
  context: SalesContext,
): Promise<Opportunity> {
  const fields = parseNewOpportunity(input);
  const request = { operation: 'createOpportunity', key: idempotencyKey, input };
  let created: Opportunity | null = null;
  const id = await runIdempotently(scopeOfRequest(context), request, async (scope) => {
    created = await openDeal(scope, fields);
    return created.id;
  });
  return created ?? opportunityById(id, context);
}

export const opportunityResolvers: Resolvers = {
  DateTime: GraphQLDateTimeISO,
  LocalDate: GraphQLLocalDate,
  Query: {
    opportunity: guard('opportunity:read', (_, { id }, context) => opportunityById(id, context)),
    opportunities: guard('opportunity:read', (_, args, context) => opportunities(args, context)),
  },
  Mutation: {
    createOpportunity: guard('opportunity:write', (_, { input }, context) =>
      createOpportunity(input, context),
    ),
    updateOpportunity: guard('opportunity:write', (_, args, context) =>
      updateOpportunity(scopeOfRequest(context), { ...args, id: parseId('id', args.id) }),
    ),
  },
  Opportunity: {
    // Another rep's deal reached through a federated reference resolves to null.
    __resolveReference: guardReference('opportunity:read', async (reference, context) =>
      withinScope(
        context.caller,
        'opportunity:read',
        await context.loaders.opportunityById.load(reference.id),
      ),
    ),
    customer: (opportunity) => ({ __typename: 'Customer', id: opportunity.customerId }),
    owner: (opportunity) => (opportunity.ownerId ? { __typename: 'User', id: opportunity.ownerId } : null),
    amount: (opportunity) => ({ amount: opportunity.amount, currency: opportunity.currency }),
  },
};
