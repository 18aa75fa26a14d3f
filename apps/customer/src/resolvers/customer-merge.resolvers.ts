import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { guard } from '@crm/permissions';
import { scopeOfRequest, type RequestContext } from '@crm/subgraph-kit';
import { mergeCustomers, type MergeCustomersArgs } from '../changes/merge.changes';
import type { CustomerLoaders } from '../customer-loaders';

type Context = RequestContext<CustomerLoaders>;

/** mergeCustomers: folds duplicates into a survivor and tells the other domains (customer.merged). */
export const customerMergeResolvers: GraphQLResolverMap<Context> = {
  Mutation: {
    mergeCustomers: guard('customer:write', (_: unknown, args: MergeCustomersArgs, context: Context) =>
      mergeCustomers(scopeOfRequest(context), args),
    ),
  },
};
