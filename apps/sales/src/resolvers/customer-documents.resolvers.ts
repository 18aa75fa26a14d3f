import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { guard, readableOwnerIds } from '@crm/permissions';
import type { PageRequest, RequestContext } from '@crm/subgraph-kit';
import type { SalesLoaders } from '../sales-loaders';

type Context = RequestContext<SalesLoaders>;

type Loader = 'contractsOfCustomer' | 'ordersOfCustomer' | 'paymentsOfCustomer';

/** One batched query per field per request, limited to the documents the caller may see. */
const documentsOf = (loader: Loader) =>
  guard('order:read', (customer: { id: string }, page: PageRequest, context: Context) =>
    context.loaders[loader].load({
      parentId: customer.id,
      ...page,
      ownerIds: readableOwnerIds(context.caller, 'order:read'),
    }),
  );

/** Sales documents contributed to the customer entity owned by the customer service. */
export const customerDocumentResolvers: GraphQLResolverMap<Context> = {
  Customer: {
    contracts: documentsOf('contractsOfCustomer'),
    orders: documentsOf('ordersOfCustomer'),
    payments: documentsOf('paymentsOfCustomer'),
  },
};
