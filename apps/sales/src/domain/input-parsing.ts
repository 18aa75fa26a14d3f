import { parsePhoneNumberFromString } from 'libphonenumber-js';
import { z } from 'zod';
import { isUuid } from '@crm/db';
import { badUserInput, badUserInputs, nulProblems } from '@crm/errors';

/**
 * Parses an input with its schema and reports every invalid field at once (BAD_USER_INPUT with
 * `fields`), each on its path under `path`. Wrap the call in `InputProblems.check` to add the
 * problems of checks that follow the schema.
 */
export function parseInput<T>(schema: z.ZodType<T>, input: unknown, path: string): T {
  const nul = nulProblems(input, path);
  if (nul.length > 0) throw badUserInputs(nul);
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw badUserInputs(
    result.error.issues.map((issue) => ({
      field: [path, ...issue.path.map(String)].join('.'),
      message: issue.message,
    })),
  );
}

/** Any valid international number, stored as E.164 as the customer service stores phones. */
export const PHONE = z
  .string()
  .trim()
  .transform((value, context) => {
    if (value === '') return null;
    const parsed = parsePhoneNumberFromString(value);
    if (parsed?.isValid()) return parsed.number as string;
    context.addIssue({
      code: 'custom',
      message: `must be a valid international phone number such as +33612345678 (got ${value})`,
    });
    return z.NEVER;
  })
  .nullish()
  .transform((value) => value ?? null);

/** A code of the data dictionary, compared upper-case as the customer service stores it. */
export const dictionaryCode = (kind: string, codes: readonly string[]) =>
  z
    .string()
    .trim()
    .nullish()
    .transform((value, context) => {
      if (!value) return null;
      const code = value.toUpperCase();
      if (codes.includes(code)) return code;
      context.addIssue({
        code: 'custom',
        message: `must be a ${kind} code of the data dictionary: ${codes.join(', ')} (got ${value})`,
      });
      return z.NEVER;
    });

/**
 * An id the caller may leave out: absent (null or undefined) is "no id", anything else must be an
 * id, so an empty string is BAD_USER_INPUT rather than silently read as absent.
 */
export function optionalId(field: string, value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  if (!isUuid(value)) throw badUserInput(field, `must be an id (UUID) (got "${value}")`);
  return value.toLowerCase();
}

/** Whether the caller gave a value at all: an empty string counts as given (and is then refused). */
export const isGiven = (value: unknown): boolean => value !== null && value !== undefined;
