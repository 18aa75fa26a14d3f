import { guard, readableOwnerIds } from '@crm/permissions';
import type { PageRequest } from '@crm/subgraph-kit';
import type { Resolvers } from '../generated/resolvers-types';
import type { SalesContext } from '../sales-context';

/** The page a customer's documents are read in, limited to the documents the caller may see. */
const pageOf = (customer: { id: string }, page: PageRequest, context: SalesContext) => ({
  parentId: customer.id,
  ...page,
  ownerIds: readableOwnerIds(context.caller, 'order:read'),
});

/** Sales documents contributed to the customer entity owned by the customer service; one batched query per field. */
export const customerDocumentResolvers: Resolvers = {
  Customer: {
    contracts: guard('order:read', (customer, page, context) =>
      context.loaders.contractsOfCustomer.load(pageOf(customer, page, context)),
    ),
    orders: guard('order:read', (customer, page, context) =>
      context.loaders.ordersOfCustomer.load(pageOf(customer, page, context)),
    ),
    payments: guard('order:read', (customer, page, context) =>
      context.loaders.paymentsOfCustomer.load(pageOf(customer, page, context)),
    ),
  },
};
