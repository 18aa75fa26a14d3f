import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { guard } from '@crm/permissions';
import { scopeOfRequest, type RequestContext } from '@crm/subgraph-kit';
import { eraseCustomer } from '../changes/erasure.changes';
import type { CustomerLoaders } from '../customer-loaders';

type Context = RequestContext<CustomerLoaders>;

export const erasureResolvers: GraphQLResolverMap<Context> = {
  Mutation: {
    eraseCustomer: guard('customer:write', (_: unknown, { id }: { id: string }, context: Context) =>
      eraseCustomer(scopeOfRequest(context), id),
    ),
  },
};
