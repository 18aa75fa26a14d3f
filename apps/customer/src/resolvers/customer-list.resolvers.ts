import type { QueryCustomersArgs, QuerySearchCustomersArgs, Resolvers } from '../generated/resolvers-types';
import type { CustomerContext } from '../customer-context';
import { canReadPii, guard, readableOwnerIds } from '@crm/permissions';
import { listCustomers } from '../data/customer-list.repository';
import { searchCustomers } from '../data/customer-search.repository';
import { parseCustomerFilter, parseCustomerSort } from '../domain/customer-list-query';
import { parseCustomerSearchQuery } from '../domain/customer-search-query';

function customers({ first, after, filter, sort }: QueryCustomersArgs, context: CustomerContext) {
  const { ownerId, ...fields } = parseCustomerFilter(filter);
  const ownerIds = readableOwnerIds(context.caller, 'customer:read', ownerId);
  return listCustomers(context.dataSource, { ...fields, ownerIds }, parseCustomerSort(sort), {
    first,
    after,
  });
}

async function search({ query, first, after }: QuerySearchCustomersArgs, context: CustomerContext) {
  const parsed = parseCustomerSearchQuery(query, 'query', { contactPoints: canReadPii(context.caller) });
  const ownerIds = readableOwnerIds(context.caller, 'customer:read');
  const page = await searchCustomers(context.dataSource, parsed, ownerIds, { first, after });
  return {
    ...page,
    edges: page.edges.map(({ cursor, node }) => ({ cursor, node: node.customer, score: node.score })),
  };
}

/** The customer lists: filtered and sorted `customers`, and the fuzzy `searchCustomers`. */
export const customerListResolvers: Resolvers = {
  Query: {
    customers: guard('customer:read', (_, args, context) => customers(args, context)),
    searchCustomers: guard('customer:read', (_, args, context) => search(args, context)),
  },
};
