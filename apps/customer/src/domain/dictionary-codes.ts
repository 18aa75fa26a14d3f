import { InputProblems } from '@crm/errors';
import type { DictionaryKind } from './profile-vocabulary';

/** Profile fields whose values are codes of the data dictionary, and the kind of code each takes. */
export const DICTIONARY_FIELDS = {
  source: 'SOURCE',
  industry: 'INDUSTRY',
  region: 'REGION',
} as const satisfies Record<string, DictionaryKind>;

export const dictionaryKey = (kind: DictionaryKind, code: string) => `${kind}:${code}`;

type CodedFields = Partial<Record<keyof typeof DICTIONARY_FIELDS, string | null>>;

/** Adds a problem for each source, industry or region that is not an active code of the dictionary. */
export function checkActiveCodes(
  problems: InputProblems,
  fields: CodedFields,
  activeKeys: ReadonlySet<string>,
  path: string,
): void {
  for (const [field, kind] of Object.entries(DICTIONARY_FIELDS)) {
    const code = fields[field as keyof typeof DICTIONARY_FIELDS];
    if (code && !activeKeys.has(dictionaryKey(kind, code)))
      problems.add(
        `${path}.${field}`,
        `${code} is not an active ${kind} of the data dictionary (see dictionaryEntries(kind: ${kind}))`,
      );
  }
}

/** Refuses every source, industry or region that is not an active code of the dictionary. */
export function assertActiveCodes(fields: CodedFields, activeKeys: ReadonlySet<string>, path: string): void {
  const problems = new InputProblems();
  checkActiveCodes(problems, fields, activeKeys, path);
  problems.throwIfAny();
}
