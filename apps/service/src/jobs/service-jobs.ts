import type { DataSource } from 'typeorm';
import type { ServiceConfig } from '@crm/config';
import type { Logger } from '@crm/logger';
import { Scheduler, type Clock } from '@crm/scheduler';
import { serviceJobSettings } from './service-job-settings';
import { slaEscalationJob } from './sla-escalation.job';

export interface ServiceJobsOptions {
  /** Where the time rules get "now"; the system clock unless a test sets one. */
  clock?: Clock;
  env?: NodeJS.ProcessEnv;
}

/** The service's time rules as recurring jobs in the `service_jobs` schema, run inside the service. */
export async function startServiceJobs(
  config: ServiceConfig,
  dataSource: DataSource,
  logger: Logger,
  { clock, env = process.env }: ServiceJobsOptions = {},
): Promise<Scheduler> {
  const { crons, pollIntervalMs } = serviceJobSettings(env);
  const scheduler = new Scheduler({
    databaseUrl: config.databaseUrl,
    schema: `${config.service}_jobs`,
    poolSize: config.jobPoolSize,
    logger,
    clock,
    pollIntervalMs,
  }).addRecurring(slaEscalationJob(dataSource, crons.slaEscalation));
  await scheduler.start();
  return scheduler;
}
