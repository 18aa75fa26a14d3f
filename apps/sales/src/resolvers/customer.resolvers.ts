import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { guard, readableOwnerIds } from '@crm/permissions';
import type { PageRequest, RequestContext } from '@crm/subgraph-kit';
import type { OpportunityStage } from '../domain/opportunity-stage';
import type { SalesLoaders } from '../sales-loaders';

type Context = RequestContext<SalesLoaders>;

/** Sales' contribution to the customer entity owned by the customer service. */
export const customerResolvers: GraphQLResolverMap<Context> = {
  Customer: {
    // Only the deals the caller may see: a rep's own, a manager's team's, everyone's for scope 'all'.
    opportunities: guard(
      'opportunity:read',
      (
        customer: { id: string },
        { stage, ...page }: PageRequest & { stage?: OpportunityStage | null },
        context: Context,
      ) =>
        context.loaders.opportunitiesOfCustomer.load({
          parentId: customer.id,
          ...page,
          ownerIds: readableOwnerIds(context.caller, 'opportunity:read'),
          filter: stage ? { stage: [stage] } : null,
        }),
    ),
  },
};
