import type { DataSource } from 'typeorm';
import type { SubgraphModule } from '@crm/subgraph-kit';
import type { Clock } from '@crm/scheduler';
import type { InboxRuntime } from './inbox-runtime';

/** What a notification module may read when it is put together. */
export interface NotificationSettings {
  clock: Clock;
  env: NodeJS.ProcessEnv;
  /** The inbox's mail relay and live-feed listener, open while the service runs. */
  inbox: InboxRuntime;
}

/**
 * One part of the notification domain (the inbox, preferences, webhooks…); notification-modules.ts
 * lists them. Jobs are e.g. the daily digest and webhook retries; routes, the live feed.
 */
export interface NotificationModule extends SubgraphModule<NotificationSettings> {
  loaders?: (dataSource: DataSource) => object;
}
