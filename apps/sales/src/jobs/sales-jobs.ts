import type { DataSource } from 'typeorm';
import type { ServiceConfig } from '@crm/config';
import type { Logger } from '@crm/logger';
import { startServiceScheduler, type Clock, type Scheduler } from '@crm/scheduler';
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
  const jobs = [
    activityRemindersJob(dataSource, crons.activityReminders),
    contractRenewalRemindersJob(dataSource, crons.contractRenewalReminders),
    contractExpiryJob(dataSource, crons.contractExpiry),
    quoteExpiryJob(dataSource, crons.quoteExpiry),
    orderOverdueJob(dataSource, crons.orderOverdue),
  ];
  return startServiceScheduler(config, logger, jobs, { clock, pollIntervalMs });
}
