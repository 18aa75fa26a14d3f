import { z } from 'zod';
import { InputProblems } from '@crm/errors';

export interface QueueMailboxSettings {
  queueId: string;
  address: string;
  unknownRequesterCustomerId: string | null;
  /** The version the caller read; null for a first setting or a blind overwrite. */
  version: number | null;
}

const FIELDS = {
  queueId: z.uuid('must be a support team id (UUID)').transform((id) => id.toLowerCase()),
  address: z
    .string()
    .trim()
    .max(320, 'must be at most 320 characters')
    .pipe(z.email('must be a mail address, e.g. support@example.com'))
    .transform((address) => address.toLowerCase()),
  unknownRequesterCustomerId: z
    .uuid('must be a customer id (UUID)')
    .nullish()
    .transform((id) => id?.toLowerCase() ?? null),
  version: z
    .number()
    .int()
    .min(1, 'must be the version you read (≥ 1)')
    .nullish()
    .transform((version) => version ?? null),
};

/** setQueueMailbox's input, every invalid field reported at once. */
export function parseQueueMailboxSettings(
  input: Record<string, unknown>,
  path = 'input',
): QueueMailboxSettings {
  const problems = new InputProblems();
  const parsed: Record<string, unknown> = {};
  for (const [field, schema] of Object.entries(FIELDS)) {
    const result = schema.safeParse(input[field]);
    if (result.success) parsed[field] = result.data;
    else problems.add(`${path}.${field}`, result.error.issues[0].message);
  }
  problems.throwIfAny();
  return parsed as unknown as QueueMailboxSettings;
}
