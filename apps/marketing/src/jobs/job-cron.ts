import { assertCron } from '@crm/scheduler';

/** A job's cron (UTC): the environment variable's value when set, else the default; a bad value stops the start. */
export function jobCron(env: NodeJS.ProcessEnv, variable: string, defaultCron: string): string {
  const cron = env[variable]?.trim() || defaultCron;
  assertCron(variable, cron);
  return cron;
}
