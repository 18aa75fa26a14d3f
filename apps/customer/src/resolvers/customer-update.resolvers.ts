import type { Resolvers } from '../generated/resolvers-types';
import { guard } from '@crm/permissions';
import { scopeOfRequest } from '@crm/subgraph-kit';
import { updateCustomer } from '../changes/customer.changes';

export const customerUpdateResolvers: Resolvers = {
  Mutation: {
    updateCustomer: guard('customer:write', (_, args, context) =>
      updateCustomer(scopeOfRequest(context), args),
    ),
  },
};
