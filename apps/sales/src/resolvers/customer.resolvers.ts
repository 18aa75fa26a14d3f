import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import type { RequestContext } from '@crm/subgraph-kit';
import type { SalesLoaders } from '../sales-loaders';

type Context = RequestContext<SalesLoaders>;

/** Sales' contribution to the customer entity owned by the customer service. */
export const customerResolvers: GraphQLResolverMap<Context> = {
  Customer: {
    opportunities: (
      customer: { id: string },
      page: { first?: number | null; after?: string | null },
      context: Context,
    ) => context.loaders.opportunitiesOfCustomer.load({ parentId: customer.id, ...page }),
  },
};
