import { assertCron, jobPollIntervalOf } from '@crm/scheduler';

/** Each sweep's schedule (cron, UTC), overridable by the environment variable named here. */
export const SALES_JOB_SCHEDULES = {
  activityReminders: { variable: 'SALES_ACTIVITY_REMINDERS_CRON', cron: '* * * * *' },
  contractRenewalReminders: { variable: 'SALES_CONTRACT_RENEWAL_REMINDERS_CRON', cron: '*/15 * * * *' },
  contractExpiry: { variable: 'SALES_CONTRACT_EXPIRY_CRON', cron: '*/15 * * * *' },
  quoteExpiry: { variable: 'SALES_QUOTE_EXPIRY_CRON', cron: '*/15 * * * *' },
  orderOverdue: { variable: 'SALES_ORDER_OVERDUE_CRON', cron: '*/15 * * * *' },
} as const;

export type SalesJobCrons = Record<keyof typeof SALES_JOB_SCHEDULES, string>;

export interface SalesJobSettings {
  crons: SalesJobCrons;
  /** How often a worker polls the queue (JOB_POLL_INTERVAL_MS, at least 500). */
  pollIntervalMs: number;
}

/** The settings from the environment; a bad value stops the service naming the variable. */
export function salesJobSettings(env: NodeJS.ProcessEnv): SalesJobSettings {
  const crons = {} as SalesJobCrons;
  for (const [key, { variable, cron }] of Object.entries(SALES_JOB_SCHEDULES)) {
    const value = env[variable]?.trim() || cron;
    assertCron(variable, value);
    crons[key as keyof SalesJobCrons] = value;
  }
  return { crons, pollIntervalMs: jobPollIntervalOf(env) };
}
