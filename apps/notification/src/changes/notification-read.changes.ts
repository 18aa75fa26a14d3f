import { In, IsNull } from 'typeorm';
import { assertRecordAccess } from '@crm/permissions';
import { runChange, type ChangeScope } from '@crm/subgraph-kit';
import { Notification } from '../data/notification.entity';
import { notificationRead } from '../events/notification.events';

/** Notifications marked read by one mark-all; the rest is taken by the next call. */
export const MARK_ALL_BATCH = 1_000;

/** Marks one notification of the caller read; a notification read already is returned unchanged. */
export function markNotificationRead(scope: ChangeScope, id: string, at: Date): Promise<Notification> {
  return runChange(scope, async (change) => {
    const before = await change.lock(Notification, id, { field: 'id' });
    assertRecordAccess(change.caller, 'notification:write', before.recipientId, `notification ${id}`);
    if (before.readAt) return before;
    const after = await change.update(
      Notification,
      before,
      { readAt: at },
      { action: 'markNotificationRead' },
    );
    change.publish(notificationRead({ ...after, readAt: at }, change.origin));
    return after;
  });
}

/** Marks every unread in-app notification of the caller read, one event each; returns how many. */
export function markAllNotificationsRead(scope: ChangeScope, at: Date): Promise<number> {
  return runChange(scope, async (change) => {
    const recipientId = change.caller.userId;
    const unread = await change.manager.find(Notification, {
      where: { recipientId, inApp: true, readAt: IsNull() },
      order: { createdAt: 'ASC', id: 'ASC' },
      take: MARK_ALL_BATCH,
      lock: { mode: 'pessimistic_write' },
    });
    if (unread.length === 0) return 0;
    await change.manager.update(
      Notification,
      { id: In(unread.map((notification) => notification.id)) },
      { readAt: at, version: () => 'version + 1' },
    );
    for (const notification of unread) {
      change.publish(notificationRead({ ...notification, readAt: at }, change.origin));
    }
    change.audit({
      action: 'markAllNotificationsRead',
      entityType: 'NotificationInbox',
      entityId: recipientId,
      before: { unread: unread.length },
      after: { unread: 0 },
    });
    return unread.length;
  });
}
