import type { Resolvers } from '../generated/resolvers-types';
import { guard } from '@crm/permissions';
import { scopeOfRequest } from '@crm/subgraph-kit';
import { eraseCustomer } from '../changes/erasure.changes';

export const erasureResolvers: Resolvers = {
  Mutation: {
    eraseCustomer: guard('customer:write', (_, { id }, context) =>
      eraseCustomer(scopeOfRequest(context), id),
    ),
  },
};
