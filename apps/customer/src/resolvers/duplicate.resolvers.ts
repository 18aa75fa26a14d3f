import type { Resolvers } from '../generated/resolvers-types';
import type { CustomerContext } from '../customer-context';
import { notFound } from '@crm/errors';
import { guard, readableOwnerIds } from '@crm/permissions';
import { decodeCursor, pageSizeOf, toConnection, type PageRequest } from '@crm/subgraph-kit';
import type { Customer } from '../data/customer.entity';
import { findDuplicatePairs } from '../data/duplicate.repository';
import { isLikelyDuplicate, scoreDuplicate } from '../domain/duplicate-score';

/** How many likely duplicates a customer shows. */
const LIKELY_DUPLICATES_SHOWN = 10;

/** A customer of a pair or match: found by the query that named it, so it exists. */
async function customerRef(id: string, context: CustomerContext): Promise<Customer> {
  const customer = await context.loaders.customerById.load(id);
  if (!customer) throw notFound('Customer', id);
  return customer;
}

async function likelyDuplicates(customer: Customer, context: CustomerContext) {
  const ownerIds = readableOwnerIds(context.caller, 'customer:read');
  const matches = await context.loaders.likelyDuplicatesOf.load({ customerId: customer.id, ownerIds });
  return matches
    .map((match) => ({ customerId: match.customerId, ...scoreDuplicate(match) }))
    .filter(isLikelyDuplicate)
    .sort((a, b) => b.score - a.score || a.customerId.localeCompare(b.customerId))
    .slice(0, LIKELY_DUPLICATES_SHOWN)
    .map(({ customerId, ...score }) => ({ ...score, customer: customerRef(customerId, context) }));
}

async function duplicateCandidates({ first, after }: PageRequest, context: CustomerContext) {
  const size = pageSizeOf(first);
  const cursor = after ? (decodeCursor(after, ['uuid', 'uuid']) as [string, string]) : null;
  const ownerIds = readableOwnerIds(context.caller, 'customer:read');
  const pairs = await findDuplicatePairs(context.dataSource, ownerIds, cursor, size + 1);
  const nodes = pairs.map((pair) => ({
    ...pair,
    ...scoreDuplicate(pair),
    left: customerRef(pair.leftId, context),
    right: customerRef(pair.rightId, context),
  }));
  return toConnection(nodes.slice(0, size), nodes.length > size, (pair) => [pair.leftId, pair.rightId]);
}

/** Duplicate detection: the warning on a customer and the candidates over the whole base. */
export const duplicateResolvers: Resolvers = {
  Query: {
    duplicateCandidates: guard('customer:read', (_, page, context) => duplicateCandidates(page, context)),
  },
  Customer: {
    likelyDuplicates: guard('customer:read', (customer, _, context) => likelyDuplicates(customer, context)),
  },
};
