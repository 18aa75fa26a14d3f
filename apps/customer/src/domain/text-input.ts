import { badUserInput, type FieldProblem } from '@crm/errors';

export const NUL_MESSAGE = 'must not contain a NUL character (\\u0000)';

const NUL = '\u0000';

/** Every string of an input (nested objects and lists included) that holds a NUL, by field path. */
export function nulProblems(input: unknown, path: string): FieldProblem[] {
  if (typeof input === 'string') return input.includes(NUL) ? [{ field: path, message: NUL_MESSAGE }] : [];
  if (input === null || typeof input !== 'object' || input instanceof Date) return [];
  const entries = Array.isArray(input) ? input.entries() : Object.entries(input);
  return [...entries].flatMap(([key, value]) =>
    nulProblems(value, [path, String(key)].filter(Boolean).join('.')),
  );
}

/**
 * Text that goes to Postgres as it is (a search, a filter, a reason): a NUL character would make
 * the database refuse the statement, so it is the caller's mistake, reported on its field.
 */
export function assertNoNul(field: string, value: string | null | undefined): void {
  if (value?.includes(NUL)) throw badUserInput(field, NUL_MESSAGE);
}
