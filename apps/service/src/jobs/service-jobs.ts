import type { DataSource } from 'typeorm';
import type { ServiceConfig } from '@crm/config';
import type { Logger } from '@crm/logger';
import { startServiceScheduler, type Clock, type Scheduler } from '@crm/scheduler';
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
  return startServiceScheduler(config, logger, [slaEscalationJob(dataSource, crons.slaEscalation)], {
    clock,
    pollIntervalMs,
  });
}
