import type { NotificationChannelName, NotificationKindName } from '@crm/events';
import { DEFAULT_CHANNELS } from './notification-kinds';

export interface DeliveryPreferences {
  channels: Partial<Record<NotificationKindName, NotificationChannelName>>;
  dailyDigest: boolean;
}

export const NO_PREFERENCES: DeliveryPreferences = { channels: {}, dailyDigest: false };

/** How one notification reaches its recipient. */
export interface Delivery {
  inApp: boolean;
  /** Mailed at all (now, or in the digest). */
  emailDue: boolean;
  /** Mailed now, on its own; otherwise the daily digest takes it. */
  emailNow: boolean;
}

export function channelOf(
  kind: NotificationKindName,
  preferences: DeliveryPreferences,
): NotificationChannelName {
  return preferences.channels[kind] ?? DEFAULT_CHANNELS[kind];
}

export function deliveryOf(kind: NotificationKindName, preferences: DeliveryPreferences): Delivery {
  const channel = channelOf(kind, preferences);
  const emailDue = channel !== 'IN_APP';
  return { inApp: channel !== 'EMAIL', emailDue, emailNow: emailDue && !preferences.dailyDigest };
}
