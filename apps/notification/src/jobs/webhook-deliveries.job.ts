import type { DataSource } from 'typeorm';
import { systemOrigin } from '@crm/events';
import type { RecurringJob } from '@crm/scheduler';
import { scopeOfJob } from '@crm/subgraph-kit';
import type { WebhookDispatcher } from '../webhooks/webhook-dispatcher';

export const WEBHOOK_DELIVERIES_JOB = 'notification.webhook-deliveries';

/** Tries the deliveries that are due: new ones at once, failed ones at their backoff time (issue 15 §5). */
export const webhookDeliveriesJob = (
  dataSource: DataSource,
  dispatcher: WebhookDispatcher,
  cron: string,
): RecurringJob => ({
  name: WEBHOOK_DELIVERIES_JOB,
  cron,
  run: async ({ jobId, stopping }) => {
    await dispatcher.deliverDue(scopeOfJob('notification', dataSource, systemOrigin(jobId)), stopping);
  },
});
