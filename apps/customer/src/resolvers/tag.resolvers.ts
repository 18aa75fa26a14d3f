import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { guard } from '@crm/permissions';
import { scopeOfRequest, type PageRequest, type RequestContext } from '@crm/subgraph-kit';
import { tagCustomer, untagCustomer } from '../changes/tag.changes';
import type { CustomerLoaders } from '../customer-loaders';
import type { Customer } from '../data/customer.entity';
import { listTags } from '../data/tag.repository';
import { parseInput } from '../domain/parse-input';
import { DICTIONARY_CODE } from '../domain/profile-fields';

type Context = RequestContext<CustomerLoaders>;

export const tagResolvers: GraphQLResolverMap<Context> = {
  Query: {
    tags: guard(
      'customer:read',
      (_: unknown, { group, ...page }: { group: string } & PageRequest, context: Context) =>
        listTags(context.dataSource, parseInput(DICTIONARY_CODE, group, 'group'), page),
    ),
  },
  Mutation: {
    tagCustomer: guard(
      'customer:write',
      (_: unknown, args: { customerId: string; tags: unknown }, context: Context) =>
        tagCustomer(scopeOfRequest(context), args),
    ),
    untagCustomer: guard(
      'customer:write',
      (_: unknown, args: { customerId: string; tagIds: string[] }, context: Context) =>
        untagCustomer(scopeOfRequest(context), args),
    ),
  },
  Customer: {
    tags: guard('customer:read', (customer: Customer, _: unknown, context: Context) =>
      context.loaders.tagsOfCustomer.load(customer.id),
    ),
  },
};
