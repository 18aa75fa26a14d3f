import { guard } from '@crm/permissions';
import { scopeOfRequest } from '@crm/subgraph-kit';
import { setNotificationChannel, setNotificationDigest } from '../changes/notification-preferences.changes';
import { NotificationPreferences } from '../data/notification-preferences.entity';
import { channelOf } from '../domain/delivery';
import { NOTIFICATION_KINDS } from '../domain/notification-kinds';
import type { Resolvers } from '../generated/resolvers-types';

/** Every kind with the channel that applies to it, chosen or default. */
function shown(preferences: Pick<NotificationPreferences, 'channels' | 'dailyDigest' | 'version'>) {
  return {
    kinds: NOTIFICATION_KINDS.map((kind) => ({
      kind,
      channel: channelOf(kind, preferences),
      isDefault: preferences.channels[kind] === undefined,
    })),
    dailyDigest: preferences.dailyDigest,
    version: preferences.version,
  };
}

/** The caller's own preferences; before any change, the defaults at version 1. */
export const notificationPreferencesResolvers: Resolvers = {
  Query: {
    myNotificationPreferences: guard('notification:read', async (_, __, context) => {
      const row = await context.dataSource
        .getRepository(NotificationPreferences)
        .findOneBy({ id: context.caller.userId });
      return shown(row ?? { channels: {}, dailyDigest: false, version: 1 });
    }),
  },
  Mutation: {
    setNotificationChannel: guard('notification:write', async (_, { kind, channel, version }, context) =>
      shown(await setNotificationChannel(scopeOfRequest(context), kind, channel, version)),
    ),
    setNotificationDigest: guard('notification:write', async (_, { enabled, version }, context) =>
      shown(await setNotificationDigest(scopeOfRequest(context), enabled, version)),
    ),
  },
};
