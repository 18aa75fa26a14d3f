import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { guard, readableOwnerIds } from '@crm/permissions';
import {
  decodeCursor,
  pageSizeOf,
  toConnection,
  type PageRequest,
  type RequestContext,
} from '@crm/subgraph-kit';
import type { Customer } from '../data/customer.entity';
import { findDuplicatePairs } from '../data/duplicate.repository';
import { isLikelyDuplicate, scoreDuplicate } from '../domain/duplicate-score';
import type { CustomerLoaders } from '../customer-loaders';

type Context = RequestContext<CustomerLoaders>;

/** How many likely duplicates a customer shows. */
const LIKELY_DUPLICATES_SHOWN = 10;

const customerRef = (id: string, context: Context) => context.loaders.customerById.load(id);

async function likelyDuplicates(customer: Customer, context: Context) {
  const ownerIds = readableOwnerIds(context.caller, 'customer:read');
  const matches = await context.loaders.likelyDuplicatesOf.load({ customerId: customer.id, ownerIds });
  return matches
    .map((match) => ({ customerId: match.customerId, ...scoreDuplicate(match) }))
    .filter(isLikelyDuplicate)
    .sort((a, b) => b.score - a.score || a.customerId.localeCompare(b.customerId))
    .slice(0, LIKELY_DUPLICATES_SHOWN)
    .map(({ customerId, ...score }) => ({ ...score, customer: customerRef(customerId, context) }));
}

async function duplicateCandidates({ first, after }: PageRequest, context: Context) {
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
export const duplicateResolvers: GraphQLResolverMap<Context> = {
  Query: {
    duplicateCandidates: guard('customer:read', (_: unknown, page: PageRequest, context: Context) =>
      duplicateCandidates(page, context),
    ),
  },
  Customer: {
    likelyDuplicates: guard('customer:read', (customer: Customer, _: unknown, context: Context) =>
      likelyDuplicates(customer, context),
    ),
  },
};
