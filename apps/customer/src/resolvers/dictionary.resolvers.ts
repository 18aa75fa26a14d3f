import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { guard } from '@crm/permissions';
import { scopeOfRequest, type RequestContext } from '@crm/subgraph-kit';
import { upsertDictionaryEntry } from '../changes/dictionary.changes';
import type { CustomerLoaders } from '../customer-loaders';
import { listDictionaryEntries } from '../data/dictionary.repository';
import type { DictionaryKind } from '../domain/profile-vocabulary';

type Context = RequestContext<CustomerLoaders>;

export const dictionaryResolvers: GraphQLResolverMap<Context> = {
  Query: {
    dictionaryEntries: guard(
      'dictionary:read',
      (_: unknown, args: { kind: DictionaryKind; includeInactive?: boolean | null }, context: Context) =>
        listDictionaryEntries(context.dataSource, args.kind, args.includeInactive ?? false),
    ),
  },
  Mutation: {
    upsertDictionaryEntry: guard('dictionary:write', (_: unknown, args: unknown, context: Context) =>
      upsertDictionaryEntry(scopeOfRequest(context), args),
    ),
  },
};
