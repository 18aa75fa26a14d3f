/**
 * The package entry of @crm/notification: what other projects may use of this app (the in-process
 * test platform, scripts). main.ts runs the service; nothing else reaches into src/.
 */
export {
  startNotificationSubgraph,
  notificationTypeDefs,
  type NotificationOptions,
  type RunningNotification,
} from './notification-subgraph';
