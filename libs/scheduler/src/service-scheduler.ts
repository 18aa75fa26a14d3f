import type { Logger } from '@crm/logger';
import type { RecurringJob } from './job-definition';
import { Scheduler, type SchedulerOptions } from './scheduler';

/** What a service's scheduler is built from: its name, database and the queue's pool size. */
export interface SchedulingService {
  service: string;
  databaseUrl: string;
  jobPoolSize?: number;
}

/** A service's recurring jobs in its own `<service>_jobs` schema, started inside the service. */
export async function startServiceScheduler(
  service: SchedulingService,
  logger: Logger,
  jobs: RecurringJob[],
  options: Pick<SchedulerOptions, 'clock' | 'pollIntervalMs' | 'expireInSeconds'> = {},
): Promise<Scheduler> {
  const scheduler = new Scheduler({
    databaseUrl: service.databaseUrl,
    schema: `${service.service}_jobs`,
    poolSize: service.jobPoolSize,
    logger,
    ...options,
  });
  for (const job of jobs) scheduler.addRecurring(job);
  await scheduler.start();
  return scheduler;
}
