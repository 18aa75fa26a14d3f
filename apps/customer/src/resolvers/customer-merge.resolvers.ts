import type { Resolvers } from '../generated/resolvers-types';
import { guard } from '@crm/permissions';
import { scopeOfRequest } from '@crm/subgraph-kit';
import { mergeCustomers } from '../changes/merge.changes';

/** mergeCustomers: folds duplicates into a survivor and tells the other domains (customer.merged). */
export const customerMergeResolvers: Resolvers = {
  Mutation: {
    mergeCustomers: guard('customer:write', (_, args, context) =>
      mergeCustomers(scopeOfRequest(context), args),
    ),
  },
};
