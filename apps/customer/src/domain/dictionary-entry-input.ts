import { z } from 'zod';
import { parseInput } from './parse-input';
import { DICTIONARY_CODE } from './profile-fields';
import { DICTIONARY_KINDS } from './profile-vocabulary';

const dictionaryEntrySchema = z.object({
  kind: z.enum(DICTIONARY_KINDS),
  code: DICTIONARY_CODE,
  label: z.string().trim().min(1, 'must not be empty').max(100, 'must be at most 100 characters'),
  active: z.boolean(),
});

export type DictionaryEntryInput = z.output<typeof dictionaryEntrySchema>;

/** upsertDictionaryEntry's arguments, normalised (codes are upper case). */
export function parseDictionaryEntry(args: unknown): DictionaryEntryInput {
  return parseInput(dictionaryEntrySchema, args, '');
}
