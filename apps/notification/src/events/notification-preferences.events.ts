import { buildEvent, type EventOrigin, type NotificationKindName } from '@crm/events';
import type { NotificationPreferences } from '../data/notification-preferences.entity';

export function notificationPreferencesChanged(preferences: NotificationPreferences, origin: EventOrigin) {
  return buildEvent('crm.notification.preferences.changed', {
    subject: preferences.id,
    ...origin,
    data: {
      userId: preferences.id,
      channels: Object.entries(preferences.channels).map(([kind, channel]) => ({
        kind: kind as NotificationKindName,
        channel: channel!,
      })),
      dailyDigest: preferences.dailyDigest,
      changedAt: preferences.updatedAt.toISOString(),
    },
  });
}
