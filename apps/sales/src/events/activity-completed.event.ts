import { buildEvent, type EventOrigin } from '@crm/events';
import type { Activity } from '../data/activity.entity';
import { activityLinkOf } from './activity-scheduled.event';

export function activityCompleted(activity: Activity, origin: EventOrigin) {
  const completedAt = activity.completedAt ?? activity.updatedAt;
  return buildEvent('crm.sales.activity.completed', {
    subject: activity.id,
    ...origin,
    data: {
      activityId: activity.id,
      type: activity.type,
      ownerId: activity.ownerId,
      ...activityLinkOf(activity),
      dueAt: activity.dueAt.toISOString(),
      completedAt: completedAt.toISOString(),
      late: completedAt > activity.dueAt,
    },
  });
}
