import { parseExpression } from 'cron-parser';

/**
 * The latest time at or before `now` that `cron` names (UTC): the period a recurring job's run
 * belongs to. Every replica computes the same slot for the same moment, so a slot names one run.
 */
export function latestSlot(cron: string, now: Date): Date {
  // prev() is strictly before currentDate; one millisecond later makes a slot that is exactly now count.
  const expression = parseExpression(cron, { currentDate: new Date(now.getTime() + 1), tz: 'UTC' });
  return expression.prev().toDate();
}

/** Throws an Error naming `setting` when `cron` is not a cron expression. */
export function assertCron(setting: string, cron: string): void {
  try {
    parseExpression(cron, { tz: 'UTC' });
  } catch (error) {
    throw new Error(`${setting}: not a cron expression (got "${cron}"): ${(error as Error).message}`);
  }
}
