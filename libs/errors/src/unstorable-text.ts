import { badUserInput, type FieldProblem } from './crm-error';

/** Postgres text refuses a NUL character (SQLSTATE 22021): sending one is the caller's mistake. */
export const NUL_MESSAGE = 'must not contain NUL characters (\\u0000)';

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
 * Text that goes to Postgres as it is (a search, a filter, a reason, a CSV cell that never passed
 * the GraphQL argument check): refused on its field when it holds a NUL.
 */
export function refuseNul<T extends string | null | undefined>(field: string, value: T): T {
  if (value?.includes(NUL)) throw badUserInput(field, NUL_MESSAGE);
  return value;
}
