import type { NotificationChannelName, NotificationKindName } from '@crm/events';
import { lockForChange } from '@crm/db';
import { runChange, type ChangeScope } from '@crm/subgraph-kit';
import { NotificationPreferences } from '../data/notification-preferences.entity';
import { notificationPreferencesChanged } from '../events/notification-preferences.events';

type PreferenceEdit = Pick<NotificationPreferences, 'channels' | 'dailyDigest'>;

/**
 * Changes the caller's own preferences (a row made on first change, at version 1 before it): the
 * version read may be passed, CONFLICT when it moved on; a change to what is already set is a no-op.
 */
function changePreferences(
  scope: ChangeScope,
  version: number | null | undefined,
  edit: (before: PreferenceEdit) => PreferenceEdit,
): Promise<NotificationPreferences> {
  return runChange(scope, async (change) => {
    const userId = change.caller.userId;
    await change.manager
      .createQueryBuilder()
      .insert()
      .into(NotificationPreferences)
      .values({ id: userId, channels: {}, dailyDigest: false, version: 1, updatedAt: new Date() })
      .orIgnore()
      .execute();
    const before = await lockForChange(change.manager, NotificationPreferences, userId, {
      version,
      field: 'version',
    });
    const wanted = edit(before);
    if (
      JSON.stringify(wanted) ===
      JSON.stringify({ channels: before.channels, dailyDigest: before.dailyDigest })
    ) {
      return before;
    }
    const after = await change.update(NotificationPreferences, before, wanted, {
      action: 'changeNotificationPreferences',
      entityType: 'NotificationPreferences',
    });
    change.publish(notificationPreferencesChanged(after, change.origin));
    return after;
  });
}

export const setNotificationChannel = (
  scope: ChangeScope,
  kind: NotificationKindName,
  channel: NotificationChannelName,
  version?: number | null,
) =>
  changePreferences(scope, version, (before) => ({
    channels: { ...before.channels, [kind]: channel },
    dailyDigest: before.dailyDigest,
  }));

export const setNotificationDigest = (scope: ChangeScope, enabled: boolean, version?: number | null) =>
  changePreferences(scope, version, (before) => ({ channels: before.channels, dailyDigest: enabled }));
