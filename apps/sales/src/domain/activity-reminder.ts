import { isReminderDue } from './activity-status';

export interface RemindableActivity {
  dueAt: Date;
  remindAt: Date | null;
  completedAt: Date | null;
  /** The reminder time a reminder already went out for, if any. */
  reminderSentFor: Date | null;
}

/**
 * A reminder goes out once per reminder time: when the agenda shows it due (`isReminderDue`) and
 * none was sent for this remindAt yet. Moving remindAt later arms the reminder again.
 */
export function isReminderToSend(activity: RemindableActivity, now: Date): boolean {
  return isReminderDue(activity, now) && activity.reminderSentFor?.getTime() !== activity.remindAt!.getTime();
}
