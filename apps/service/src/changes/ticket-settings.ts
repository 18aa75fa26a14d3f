import { z } from 'zod';
import { DEFAULT_REOPEN_WINDOW_DAYS } from '../domain/ticket-status';

const reopenWindowDays = z.coerce.number().int().min(0).max(365).default(DEFAULT_REOPEN_WINDOW_DAYS);

/**
 * Days after its resolution in which a ticket may reopen: TICKET_REOPEN_WINDOW_DAYS (0 to 365,
 * default 7). Read when used, so a deployment changes it with a restart and a test with the env.
 */
export function ticketReopenWindowDays(env: NodeJS.ProcessEnv = process.env): number {
  const parsed = reopenWindowDays.safeParse(env.TICKET_REOPEN_WINDOW_DAYS || undefined);
  if (!parsed.success)
    throw new Error(
      `TICKET_REOPEN_WINDOW_DAYS must be a whole number of days from 0 to 365 (got ${env.TICKET_REOPEN_WINDOW_DAYS})`,
    );
  return parsed.data;
}
