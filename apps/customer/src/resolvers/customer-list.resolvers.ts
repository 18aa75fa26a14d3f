import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { canReadPii, guard, readableOwnerIds } from '@crm/permissions';
import type { PageRequest, RequestContext } from '@crm/subgraph-kit';
import { listCustomers } from '../data/customer-list.repository';
import { searchCustomers } from '../data/customer-search.repository';
import {
  parseCustomerFilter,
  parseCustomerSort,
  type CustomerFilterInput,
  type CustomerSort,
} from '../domain/customer-list-query';
import { parseCustomerSearchQuery } from '../domain/customer-search-query';
import type { CustomerLoaders } from '../customer-loaders';

type Context = RequestContext<CustomerLoaders>;

interface CustomersArgs extends PageRequest {
  filter?: CustomerFilterInput | null;
  sort?: Partial<CustomerSort> | null;
}

interface SearchArgs extends PageRequest {
  query: string;
}

function customers({ first, after, filter, sort }: CustomersArgs, context: Context) {
  const { ownerId, ...fields } = parseCustomerFilter(filter);
  const ownerIds = readableOwnerIds(context.caller, 'customer:read', ownerId);
  return listCustomers(context.dataSource, { ...fields, ownerIds }, parseCustomerSort(sort), {
    first,
    after,
  });
}

async function search({ query, first, after }: SearchArgs, context: Context) {
  const parsed = parseCustomerSearchQuery(query, 'query', { contactPoints: canReadPii(context.caller) });
  const ownerIds = readableOwnerIds(context.caller, 'customer:read');
  const page = await searchCustomers(context.dataSource, parsed, ownerIds, { first, after });
  return {
    ...page,
    edges: page.edges.map(({ cursor, node }) => ({ cursor, node: node.customer, score: node.score })),
  };
}

/** The customer lists: filtered and sorted `customers`, and the fuzzy `searchCustomers`. */
export const customerListResolvers: GraphQLResolverMap<Context> = {
  Query: {
    customers: guard('customer:read', (_: unknown, args: CustomersArgs, context: Context) =>
      customers(args, context),
    ),
    searchCustomers: guard('customer:read', (_: unknown, args: SearchArgs, context: Context) =>
      search(args, context),
    ),
  },
};
