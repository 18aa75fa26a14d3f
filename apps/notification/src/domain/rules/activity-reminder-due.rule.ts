import { userAudience } from '../audience';
import type { NotificationRule } from './notification-rule';

/** An activity's owner is reminded when its reminder time comes (sales' reminder job). */
export const activityReminderDueRule: NotificationRule<'crm.sales.activity.reminder_due'> = {
  eventType: 'crm.sales.activity.reminder_due',
  plan: ({ data }) => ({
    message: {
      kind: 'ACTIVITY_REMINDER_DUE',
      subjectType: 'Activity',
      subjectId: data.activityId,
      title: `Reminder: ${data.subject}`,
      body: `${data.type} due at ${data.dueAt}.`,
    },
    audience: userAudience(data.ownerId),
  }),
};
