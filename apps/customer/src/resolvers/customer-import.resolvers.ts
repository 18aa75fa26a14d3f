import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { guard } from '@crm/permissions';
import { scopeOfRequest, type RequestContext } from '@crm/subgraph-kit';
import { importCustomerRows, type ImportCustomersInput } from '../changes/customer-import.changes';
import type { CustomerLoaders } from '../customer-loaders';

type Context = RequestContext<CustomerLoaders>;

export const customerImportResolvers: GraphQLResolverMap<Context> = {
  Mutation: {
    importCustomers: guard(
      'customer:write',
      (_: unknown, { input }: { input: ImportCustomersInput }, context: Context) =>
        importCustomerRows(scopeOfRequest(context), input),
    ),
  },
};
