import type { DataSource } from 'typeorm';
import type { ServiceConfig } from '@crm/config';
import type { Logger } from '@crm/logger';
import { jobPollIntervalOf, Scheduler } from '@crm/scheduler';
import type { MarketingModule, MarketingSettings } from '../marketing-module';

/** The modules' time rules as recurring jobs in the `marketing_jobs` schema, run inside the service. */
export async function startMarketingJobs(
  config: ServiceConfig,
  dataSource: DataSource,
  logger: Logger,
  modules: MarketingModule[],
  settings: MarketingSettings,
): Promise<Scheduler> {
  const scheduler = new Scheduler({
    databaseUrl: config.databaseUrl,
    schema: `${config.service}_jobs`,
    poolSize: config.jobPoolSize,
    logger,
    clock: settings.clock,
    pollIntervalMs: jobPollIntervalOf(settings.env),
  });
  for (const job of modules.flatMap((module) => module.jobs?.(dataSource, settings) ?? [])) {
    scheduler.addRecurring(job);
  }
  await scheduler.start();
  return scheduler;
}
