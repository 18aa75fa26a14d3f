import type { DataSource, EntityManager } from 'typeorm';
import { newId } from '@crm/db';
import type { DictionaryEntryInput } from '../domain/dictionary-entry-input';
import { dictionaryKey } from '../domain/dictionary-codes';
import type { DictionaryKind } from '../domain/profile-vocabulary';
import { DictionaryEntry } from './dictionary-entry.entity';

/** `KIND:CODE` of every active entry: the dictionary is small (tens of rows), read whole. */
export async function activeDictionaryKeys(manager: EntityManager | DataSource): Promise<Set<string>> {
  const entries = await manager.getRepository(DictionaryEntry).findBy({ active: true });
  return new Set(entries.map((entry) => dictionaryKey(entry.kind, entry.code)));
}

export function listDictionaryEntries(
  dataSource: DataSource,
  kind: DictionaryKind,
  includeInactive: boolean,
): Promise<DictionaryEntry[]> {
  return dataSource
    .getRepository(DictionaryEntry)
    .find({ where: includeInactive ? { kind } : { kind, active: true }, order: { code: 'ASC' } });
}

/** Inserts the entry or changes its label and active flag; returns the row before and after. */
export async function upsertDictionaryEntry(
  manager: EntityManager,
  input: DictionaryEntryInput,
): Promise<{ before: DictionaryEntry | null; after: DictionaryEntry }> {
  const before = await manager.getRepository(DictionaryEntry).findOne({
    where: { kind: input.kind, code: input.code },
    lock: { mode: 'pessimistic_write' },
  });
  const rows: { id: string }[] = await manager.query(
    `INSERT INTO dictionary_entries (id, kind, code, label, active, updated_at, version)
     VALUES ($1, $2, $3, $4, $5, now(), 1)
     ON CONFLICT (kind, code) DO UPDATE
       SET label = excluded.label, active = excluded.active, updated_at = now(),
           version = dictionary_entries.version + 1
     RETURNING id`,
    [newId(), input.kind, input.code, input.label, input.active],
  );
  const after = await manager.getRepository(DictionaryEntry).findOneByOrFail({ id: rows[0].id });
  return { before, after };
}
