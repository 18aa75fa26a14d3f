import { buildEvent, type EventOrigin } from '@crm/events';
import type { Activity } from '../data/activity.entity';

export const activityLinkOf = (activity: Activity) => ({
  customerId: activity.customerId,
  leadId: activity.leadId,
  opportunityId: activity.opportunityId,
});

export function activityScheduled(activity: Activity, origin: EventOrigin) {
  return buildEvent('crm.sales.activity.scheduled', {
    subject: activity.id,
    ...origin,
    data: {
      activityId: activity.id,
      type: activity.type,
      subject: activity.subject,
      dueAt: activity.dueAt.toISOString(),
      remindAt: activity.remindAt?.toISOString() ?? null,
      ownerId: activity.ownerId,
      ...activityLinkOf(activity),
      scheduledAt: activity.createdAt.toISOString(),
    },
  });
}
