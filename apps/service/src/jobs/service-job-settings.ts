import { assertCron, jobPollIntervalOf } from '@crm/scheduler';

/** Each job's schedule (cron, UTC), overridable by the environment variable named here. */
export const SERVICE_JOB_SCHEDULES = {
  slaEscalation: { variable: 'SERVICE_SLA_ESCALATION_CRON', cron: '* * * * *' },
} as const;

export type ServiceJobCrons = Record<keyof typeof SERVICE_JOB_SCHEDULES, string>;

export interface ServiceJobSettings {
  crons: ServiceJobCrons;
  /** How often a worker polls the queue (JOB_POLL_INTERVAL_MS, at least 500). */
  pollIntervalMs: number;
}

/** The settings from the environment; a bad value stops the service naming the variable. */
export function serviceJobSettings(env: NodeJS.ProcessEnv): ServiceJobSettings {
  const crons = {} as ServiceJobCrons;
  for (const [key, { variable, cron }] of Object.entries(SERVICE_JOB_SCHEDULES)) {
    const value = env[variable]?.trim() || cron;
    assertCron(variable, value);
    crons[key as keyof ServiceJobCrons] = value;
  }
  return { crons, pollIntervalMs: jobPollIntervalOf(env) };
}
