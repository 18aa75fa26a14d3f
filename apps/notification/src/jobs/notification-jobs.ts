import type { DataSource } from 'typeorm';
import type { ServiceConfig } from '@crm/config';
import type { Logger } from '@crm/logger';
import { Scheduler } from '@crm/scheduler';
import type { NotificationModule, NotificationSettings } from '../notification-module';

/** How often a worker polls the queue (JOB_POLL_INTERVAL_MS, at least 500). */
function pollIntervalOf(env: NodeJS.ProcessEnv): number {
  const pollIntervalMs = Number(env.JOB_POLL_INTERVAL_MS ?? 1000);
  if (!Number.isInteger(pollIntervalMs) || pollIntervalMs < 500) {
    throw new Error(
      `JOB_POLL_INTERVAL_MS: must be a whole number of milliseconds ≥ 500 (got "${env.JOB_POLL_INTERVAL_MS}")`,
    );
  }
  return pollIntervalMs;
}

/** The modules' time rules as recurring jobs in the `notification_jobs` schema, run inside the service. */
export async function startNotificationJobs(
  config: ServiceConfig,
  dataSource: DataSource,
  logger: Logger,
  modules: NotificationModule[],
  settings: NotificationSettings,
): Promise<Scheduler> {
  const scheduler = new Scheduler({
    databaseUrl: config.databaseUrl,
    schema: `${config.service}_jobs`,
    poolSize: config.jobPoolSize,
    logger,
    clock: settings.clock,
    pollIntervalMs: pollIntervalOf(settings.env),
  });
  for (const job of modules.flatMap((module) => module.jobs?.(dataSource, settings) ?? [])) {
    scheduler.addRecurring(job);
  }
  await scheduler.start();
  return scheduler;
}
