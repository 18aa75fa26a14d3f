import type { EventDefinition } from '../event-definition';
import { DATE_TIME, UUID } from './schema-fragments';
import {
  NOTIFICATION_CHANNEL,
  NOTIFICATION_KIND,
  type NotificationChannelName,
  type NotificationKindName,
} from './notification-fields.schema';

export interface NotificationChannelChoice {
  kind: NotificationKindName;
  channel: NotificationChannelName;
}

export interface NotificationPreferencesChangedPayload {
  userId: string;
  /** The kinds the user chose a channel for; the others keep their default. */
  channels: NotificationChannelChoice[];
  /** Mail one summary a day instead of one mail per notification. */
  dailyDigest: boolean;
  changedAt: string;
}

export const notificationPreferencesChanged: EventDefinition<
  'crm.notification.preferences.changed',
  NotificationPreferencesChangedPayload
> = {
  type: 'crm.notification.preferences.changed',
  service: 'notification',
  aggregate: 'preferences',
  version: 1,
  description:
    "A user changed how they are told: a kind's channel (in-app, email or both) or the daily digest.",
  aggregateIdField: 'userId',
  schema: {
    type: 'object',
    additionalProperties: false,
    required: ['userId', 'channels', 'dailyDigest', 'changedAt'],
    properties: {
      userId: UUID,
      channels: {
        type: 'array',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['kind', 'channel'],
          properties: { kind: NOTIFICATION_KIND, channel: NOTIFICATION_CHANNEL },
        },
      },
      dailyDigest: { type: 'boolean' },
      changedAt: DATE_TIME,
    },
  },
  example: {
    userId: '01950c80-0000-7000-8000-00000000a11c',
    channels: [{ kind: 'TICKET_ASSIGNED', channel: 'BOTH' }],
    dailyDigest: true,
    changedAt: '2025-03-01T10:00:00.000Z',
  },
};
