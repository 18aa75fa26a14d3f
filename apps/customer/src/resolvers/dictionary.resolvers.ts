import type { Resolvers } from '../generated/resolvers-types';
import { guard } from '@crm/permissions';
import { scopeOfRequest } from '@crm/subgraph-kit';
import { upsertDictionaryEntry } from '../changes/dictionary.changes';
import { listDictionaryEntries } from '../data/dictionary.repository';
import type { DictionaryKind } from '../domain/profile-vocabulary';

export const dictionaryResolvers: Resolvers = {
  Query: {
    dictionaryEntries: guard(
      'dictionary:read',
      (_, args: { kind: DictionaryKind; includeInactive?: boolean | null }, context) =>
        listDictionaryEntries(context.dataSource, args.kind, args.includeInactive ?? false),
    ),
  },
  Mutation: {
    upsertDictionaryEntry: guard('dictionary:write', (_, args, context) =>
      upsertDictionaryEntry(scopeOfRequest(context), args),
    ),
  },
};
