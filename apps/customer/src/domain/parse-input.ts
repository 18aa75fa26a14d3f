import type { z } from 'zod';
import { InputProblems, nulProblems } from '@crm/errors';

const pathOf = (path: string, issuePath: readonly PropertyKey[]) =>
  [path, ...issuePath.map(String)].filter(Boolean).join('.');

export interface CollectedInput<T> {
  /** The parsed input; undefined when anything was refused. */
  value: T | undefined;
  /** The field paths refused, e.g. `input.email`. */
  refused: ReadonlySet<string>;
}

/**
 * Runs a zod schema over a mutation's input and adds every invalid field to `problems`, one
 * problem per field (its first issue); a NUL character anywhere is refused before the schema runs,
 * as Postgres text cannot hold it.
 */
export function collectInput<T extends z.ZodType>(
  problems: InputProblems,
  schema: T,
  input: unknown,
  path: string,
): CollectedInput<z.output<T>> {
  const refused = new Set<string>();
  const refuse = (field: string, message: string) => {
    if (refused.has(field)) return;
    refused.add(field);
    problems.add(field, message);
  };
  const nul = nulProblems(input, path);
  nul.forEach(({ field, message }) => refuse(field, message));
  if (nul.length > 0) return { value: undefined, refused };
  const result = schema.safeParse(input);
  if (result.success) return { value: result.data, refused };
  for (const issue of result.error.issues) refuse(pathOf(path, issue.path), issue.message);
  return { value: undefined, refused };
}

/**
 * Runs a zod schema over a mutation's input; every invalid field becomes part of one
 * BAD_USER_INPUT (`field` the first, `fields` all of them).
 */
export function parseInput<T extends z.ZodType>(schema: T, input: unknown, path: string): z.output<T> {
  const problems = new InputProblems();
  const { value } = collectInput(problems, schema, input, path);
  problems.throwIfAny();
  return value as z.output<T>;
}

/** The top-level fields of an input the schema did not refuse, for the rules that span fields. */
export function unrefused(
  input: unknown,
  refused: ReadonlySet<string>,
  path: string,
): Record<string, unknown> {
  if (input === null || typeof input !== 'object') return {};
  return Object.fromEntries(Object.entries(input).filter(([field]) => !refused.has(pathOf(path, [field]))));
}
