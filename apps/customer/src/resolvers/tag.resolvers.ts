import type { Resolvers } from '../generated/resolvers-types';
import { guard } from '@crm/permissions';
import { scopeOfRequest, type PageRequest } from '@crm/subgraph-kit';
import { tagCustomer, untagCustomer } from '../changes/tag.changes';
import { listTags } from '../data/tag.repository';
import { parseInput } from '../domain/parse-input';
import { DICTIONARY_CODE } from '../domain/profile-fields';

export const tagResolvers: Resolvers = {
  Query: {
    tags: guard('customer:read', (_, { group, ...page }: { group: string } & PageRequest, context) =>
      listTags(context.dataSource, parseInput(DICTIONARY_CODE, group, 'group'), page),
    ),
  },
  Mutation: {
    tagCustomer: guard('customer:write', (_, args, context) => tagCustomer(scopeOfRequest(context), args)),
    untagCustomer: guard('customer:write', (_, args, context) =>
      untagCustomer(scopeOfRequest(context), args),
    ),
  },
  Customer: {
    tags: guard('customer:read', (customer, _, context) => context.loaders.tagsOfCustomer.load(customer.id)),
  },
};
