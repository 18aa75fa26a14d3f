import { buildEvent, type EventOrigin } from '@crm/events';
import type { Activity } from '../data/activity.entity';

export function activityReminderDue(activity: Activity, remindedAt: Date, origin: EventOrigin) {
  return buildEvent('crm.sales.activity.reminder_due', {
    subject: activity.id,
    ...origin,
    data: {
      activityId: activity.id,
      type: activity.type,
      subject: activity.subject,
      dueAt: activity.dueAt.toISOString(),
      remindAt: activity.remindAt!.toISOString(),
      ownerId: activity.ownerId,
      customerId: activity.customerId,
      leadId: activity.leadId,
      opportunityId: activity.opportunityId,
      remindedAt: remindedAt.toISOString(),
    },
  });
}
