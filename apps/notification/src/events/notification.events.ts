import { buildEvent, type EventOrigin } from '@crm/events';
import type { Notification } from '../data/notification.entity';

export function notificationCreated(notification: Notification, origin: EventOrigin) {
  return buildEvent('crm.notification.notification.created', {
    subject: notification.id,
    ...origin,
    data: {
      notificationId: notification.id,
      recipientId: notification.recipientId,
      kind: notification.kind,
      subjectType: notification.subjectType,
      subjectId: notification.subjectId,
      sourceEventId: notification.sourceEventId,
      createdAt: notification.createdAt.toISOString(),
    },
  });
}

export function notificationRead(notification: Notification & { readAt: Date }, origin: EventOrigin) {
  return buildEvent('crm.notification.notification.read', {
    subject: notification.id,
    ...origin,
    data: {
      notificationId: notification.id,
      recipientId: notification.recipientId,
      readAt: notification.readAt.toISOString(),
    },
  });
}
