import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { guard } from '@crm/permissions';
import type { RequestContext } from '@crm/subgraph-kit';
import { CustomerFact } from '../data/customer-fact.entity';
import type { AnalyticsLoaders } from '../analytics-loaders';

type Context = RequestContext<AnalyticsLoaders>;

export const customerResolvers: GraphQLResolverMap<Context> = {
  Query: {
    customersSeen: guard('analytics:read', (_: unknown, _args: unknown, context: Context) =>
      context.dataSource.getRepository(CustomerFact).count(),
    ),
  },
  Customer: {
    metrics: guard('analytics:read', (customer: { id: string }, _args: unknown, context: Context) =>
      context.loaders.metricsOfCustomer.load(customer.id),
    ),
  },
};
