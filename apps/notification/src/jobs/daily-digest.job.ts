import type { DataSource } from 'typeorm';
import { systemOrigin } from '@crm/events';
import type { RecurringJob } from '@crm/scheduler';
import { scopeOfJob } from '@crm/subgraph-kit';
import { mailDigestTo } from '../changes/daily-digest.changes';
import { recipientsWithMailDue } from '../data/digest.repository';
import type { NotificationMailer } from '../mail/notification-mailer';

export const DAILY_DIGEST_JOB = 'notification.daily-digest';

/** Recipients per pass; a pass repeats until none is left (each mailed once, so it ends). */
const RECIPIENT_BATCH = 100;

/**
 * Once a day (NOTIFICATION_DIGEST_CRON, default 07:00 UTC): one summary mail per user of the
 * notifications due by mail and not mailed yet, by the notification clock.
 */
export const dailyDigestJob = (
  dataSource: DataSource,
  mailer: NotificationMailer | null,
  cron: string,
): RecurringJob => ({
  name: DAILY_DIGEST_JOB,
  cron,
  run: async ({ now, jobId }) => {
    if (!mailer) return;
    const scope = scopeOfJob('notification', dataSource, systemOrigin(jobId));
    for (;;) {
      const recipients = await recipientsWithMailDue(dataSource, now, RECIPIENT_BATCH);
      let mailed = 0;
      for (const recipientId of recipients) mailed += await mailDigestTo(scope, mailer, recipientId, now);
      if (recipients.length < RECIPIENT_BATCH || mailed === 0) return;
    }
  },
});
