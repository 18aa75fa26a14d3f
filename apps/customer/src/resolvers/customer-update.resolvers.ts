import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { guard } from '@crm/permissions';
import { scopeOfRequest, type RequestContext } from '@crm/subgraph-kit';
import { updateCustomer, type UpdateCustomerArgs } from '../changes/customer.changes';
import type { CustomerLoaders } from '../customer-loaders';

type Context = RequestContext<CustomerLoaders>;

export const customerUpdateResolvers: GraphQLResolverMap<Context> = {
  Mutation: {
    updateCustomer: guard('customer:write', (_: unknown, args: UpdateCustomerArgs, context: Context) =>
      updateCustomer(scopeOfRequest(context), args),
    ),
  },
};
