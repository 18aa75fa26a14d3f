import { inboxModule } from './inbox.module';
import type { NotificationModule } from './notification-module';
import { webhookModule } from './webhook.module';

/** Every part of the notification domain, in the order the subgraph puts them together. */
export const NOTIFICATION_MODULES: NotificationModule[] = [inboxModule, webhookModule];
