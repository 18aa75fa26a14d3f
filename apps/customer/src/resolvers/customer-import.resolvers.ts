import type { Resolvers } from '../generated/resolvers-types';
import { guard } from '@crm/permissions';
import { scopeOfRequest } from '@crm/subgraph-kit';
import { importCustomerRows } from '../changes/customer-import.changes';

export const customerImportResolvers: Resolvers = {
  Mutation: {
    importCustomers: guard('customer:write', (_, { input }, context) =>
      importCustomerRows(scopeOfRequest(context), input),
    ),
  },
};
