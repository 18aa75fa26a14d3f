import type { z } from 'zod';
import { badUserInput } from '@crm/errors';

/** Runs a zod schema over a mutation's input; the first problem becomes BAD_USER_INPUT with its field path. */
export function parseInput<T extends z.ZodType>(schema: T, input: unknown, path: string): z.output<T> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  throw badUserInput([path, ...issue.path.map(String)].filter(Boolean).join('.'), issue.message);
}
