import type { DataSource } from 'typeorm';
import { systemOrigin } from '@crm/events';
import type { RecurringJob } from '@crm/scheduler';
import { dispatchMessage } from '../changes/message-dispatch.changes';
import { dueMessageIds } from '../data/message.repository';
import type { MarketingSettings } from '../marketing-module';
import { jobCron } from './job-cron';

export const MESSAGE_DISPATCH_JOB = 'marketing.message-dispatch';

/** Messages per run; what is left is taken by the next run. */
const BATCH = 200;

/**
 * Every minute: deferred messages whose quiet hours are over, and queued ones whose relay failed
 * before (or whose sender crashed before handing them over), are dispatched.
 */
export const messageDispatchJob = (dataSource: DataSource, settings: MarketingSettings): RecurringJob => ({
  name: MESSAGE_DISPATCH_JOB,
  cron: jobCron(settings.env, 'MARKETING_MESSAGE_DISPATCH_CRON', '* * * * *'),
  run: async ({ now, jobId }) => {
    const dispatcher = { dataSource, ...settings.messaging };
    for (const id of await dueMessageIds(dataSource, now, BATCH)) {
      await dispatchMessage(dispatcher, id, now, systemOrigin(jobId));
    }
  },
});
