import type { DataSource } from 'typeorm';
import type { ServiceConfig } from '@crm/config';
import type { Logger } from '@crm/logger';
import { Scheduler, type Clock } from '@crm/scheduler';
import { activityRemindersJob } from './activity-reminders.job';
import { contractExpiryJob } from './contract-expiry.job';
import { contractRenewalRemindersJob } from './contract-renewal-reminders.job';
import { orderOverdueJob } from './order-overdue.job';
import { quoteExpiryJob } from './quote-expiry.job';
import { salesJobSettings } from './sales-job-settings';

export interface SalesJobsOptions {
  /** Where the time rules get "now"; the system clock unless a test sets one. */
  clock?: Clock;
  env?: NodeJS.ProcessEnv;
}

/** Sales' time rules as recurring jobs in the `sales_jobs` schema, run inside the sales service. */
export async function startSalesJobs(
  config: ServiceConfig,
  dataSource: DataSource,
  logger: Logger,
  { clock, env = process.env }: SalesJobsOptions = {},
): Promise<Scheduler> {
  const { crons, pollIntervalMs } = salesJobSettings(env);
  const scheduler = new Scheduler({
    databaseUrl: config.databaseUrl,
    schema: `${config.service}_jobs`,
    poolSize: config.jobPoolSize,
    logger,
    clock,
    pollIntervalMs,
  })
    .addRecurring(activityRemindersJob(dataSource, crons.activityReminders))
    .addRecurring(contractRenewalRemindersJob(dataSource, crons.contractRenewalReminders))
    .addRecurring(contractExpiryJob(dataSource, crons.contractExpiry))
    .addRecurring(quoteExpiryJob(dataSource, crons.quoteExpiry))
    .addRecurring(orderOverdueJob(dataSource, crons.orderOverdue));
  await scheduler.start();
  return scheduler;
}
