import { EVERYONE, type MatrixRow } from './matrix-row';

/**
 * The notification rows: every role has its own inbox and preferences (scope own: the resolvers
 * filter on the caller, and marking another's notification is FORBIDDEN, notification tests).
 */
export const NOTIFICATION_ROWS: readonly MatrixRow[] = [
  {
    operation: 'myNotifications',
    subgraph: 'notification',
    document: `{ myNotifications(first: 5) { edges { node { id kind subjectType } } } }`,
    resultPath: ['myNotifications'],
    allowed: EVERYONE,
  },
  {
    operation: 'unreadNotificationCount',
    subgraph: 'notification',
    document: `{ unreadNotificationCount }`,
    resultPath: ['unreadNotificationCount'],
    allowed: EVERYONE,
  },
  {
    operation: 'markNotificationRead',
    subgraph: 'notification',
    document: `mutation ($id: ID!) { markNotificationRead(id: $id) { id readAt } }`,
    variables: (own) => ({ id: own.notificationId }),
    resultPath: ['markNotificationRead'],
    allowed: EVERYONE,
  },
  {
    operation: 'markAllNotificationsRead',
    subgraph: 'notification',
    document: `mutation { markAllNotificationsRead }`,
    resultPath: ['markAllNotificationsRead'],
    allowed: EVERYONE,
  },
  {
    operation: 'myNotificationPreferences',
    subgraph: 'notification',
    document: `{ myNotificationPreferences { dailyDigest version } }`,
    resultPath: ['myNotificationPreferences'],
    allowed: EVERYONE,
  },
  {
    operation: 'setNotificationChannel',
    subgraph: 'notification',
    document: `mutation { setNotificationChannel(kind: LEAD_ASSIGNED, channel: BOTH) { version } }`,
    resultPath: ['setNotificationChannel'],
    allowed: EVERYONE,
  },
  {
    operation: 'setNotificationDigest',
    subgraph: 'notification',
    document: `mutation { setNotificationDigest(enabled: true) { dailyDigest } }`,
    resultPath: ['setNotificationDigest'],
    allowed: EVERYONE,
  },
];
