import { runChange, type ChangeScope } from '@crm/subgraph-kit';
import type { DictionaryEntry } from '../data/dictionary-entry.entity';
import { upsertDictionaryEntry as upsertEntry } from '../data/dictionary.repository';
import { parseDictionaryEntry } from '../domain/dictionary-entry-input';

const shown = (entry: DictionaryEntry | null) =>
  entry && { kind: entry.kind, code: entry.code, label: entry.label, active: entry.active };

/** upsertDictionaryEntry: adds a code of the data dictionary, or changes its label or active flag. */
export function upsertDictionaryEntry(scope: ChangeScope, args: unknown): Promise<DictionaryEntry> {
  const input = parseDictionaryEntry(args);
  return runChange(scope, async (change) => {
    const { before, after } = await upsertEntry(change.manager, input);
    change.audit({
      action: 'upsertDictionaryEntry',
      entityType: 'DictionaryEntry',
      entityId: after.id,
      before: shown(before),
      after: shown(after),
    });
    return after;
  });
}
