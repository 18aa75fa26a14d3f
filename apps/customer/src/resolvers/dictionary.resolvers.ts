import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { guard } from '@crm/permissions';
import { recordAudit, type RequestContext } from '@crm/subgraph-kit';
import type { CustomerLoaders } from '../customer-loaders';
import type { DictionaryEntry } from '../data/dictionary-entry.entity';
import { listDictionaryEntries, upsertDictionaryEntry } from '../data/dictionary.repository';
import { parseDictionaryEntry } from '../domain/dictionary-entry-input';
import type { DictionaryKind } from '../domain/profile-vocabulary';

type Context = RequestContext<CustomerLoaders>;

const shown = (entry: DictionaryEntry | null) =>
  entry && { kind: entry.kind, code: entry.code, label: entry.label, active: entry.active };

async function upsertEntry(args: unknown, context: Context): Promise<DictionaryEntry> {
  const input = parseDictionaryEntry(args);
  return context.dataSource.transaction(async (manager) => {
    const { before, after } = await upsertDictionaryEntry(manager, input);
    await recordAudit(manager, context, {
      action: 'upsertDictionaryEntry',
      entityType: 'DictionaryEntry',
      entityId: after.id,
      before: shown(before),
      after: shown(after),
    });
    return after;
  });
}

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
      upsertEntry(args, context),
    ),
  },
};
