import { guard } from '@crm/permissions';
import { parseId, scopeOfRequest } from '@crm/subgraph-kit';
import { markAllNotificationsRead, markNotificationRead } from '../changes/notification-read.changes';
import { inboxOf, unreadCountOf } from '../data/inbox.repository';
import type { Resolvers } from '../generated/resolvers-types';
import type { NotificationSettings } from '../notification-module';

/** The caller's own inbox: every query is filtered on the caller, so nobody reads another's. */
export const inboxResolvers = ({ clock }: NotificationSettings): Resolvers => ({
  Query: {
    myNotifications: guard('notification:read', (_, { first, after, unreadOnly }, context) =>
      inboxOf(context.dataSource, context.caller.userId, unreadOnly ?? false, { first, after }),
    ),
    unreadNotificationCount: guard('notification:read', (_, __, context) =>
      unreadCountOf(context.dataSource, context.caller.userId),
    ),
  },
  Mutation: {
    markNotificationRead: guard('notification:write', (_, { id }, context) =>
      markNotificationRead(scopeOfRequest(context), parseId('id', id), clock.now()),
    ),
    markAllNotificationsRead: guard('notification:write', (_, __, context) =>
      markAllNotificationsRead(scopeOfRequest(context), clock.now()),
    ),
  },
  Notification: {
    subject: (notification) => ({ __typename: notification.subjectType, id: notification.subjectId }),
  },
  NotificationSubject: {
    __resolveType: (subject) => (subject as { __typename: string }).__typename as never,
  },
});
