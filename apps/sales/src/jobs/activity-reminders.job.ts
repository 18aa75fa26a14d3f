import type { DataSource } from 'typeorm';
import { systemOrigin } from '@crm/events';
import type { RecurringJob } from '@crm/scheduler';
import { runChange, scopeOfJob, type ChangeScope } from '@crm/subgraph-kit';
import { Activity } from '../data/activity.entity';
import { activitiesToRemind } from '../data/due-work.repository';
import { isReminderToSend } from '../domain/activity-reminder';
import { activityReminderDue } from '../events/activity-reminder-due.event';
import { sweep } from './sweep';

export const ACTIVITY_REMINDERS_JOB = 'sales.activity-reminders';

/**
 * Publishes `activity.reminder_due` once per reminder time. The mark is bookkeeping, not a change
 * of the activity its owner edits: it leaves the version alone, so no edit meets a CONFLICT for it.
 */
export function sendActivityReminder(scope: ChangeScope, id: string, now: Date): Promise<boolean> {
  return runChange(scope, async (change) => {
    const activity = await change.lock(Activity, id);
    if (!isReminderToSend(activity, now)) return false;
    await change.manager.update(
      Activity,
      { id },
      { reminderSentAt: now, reminderSentFor: activity.remindAt },
    );
    change.publish(activityReminderDue(activity, now, change.origin));
    return true;
  });
}

export const activityRemindersJob = (dataSource: DataSource, cron: string): RecurringJob => ({
  name: ACTIVITY_REMINDERS_JOB,
  cron,
  run: async ({ now, jobId }) => {
    const scope = scopeOfJob('sales', dataSource, systemOrigin(jobId));
    await sweep(
      () => activitiesToRemind(dataSource, now),
      (id) => sendActivityReminder(scope, id, now),
    );
  },
});
