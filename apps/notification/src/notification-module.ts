import type { Express } from 'express';
import type { DataSource } from 'typeorm';
import type { EventHandlers } from '@crm/messaging';
import type { Clock, RecurringJob } from '@crm/scheduler';
import type { InboxRuntime } from './inbox-runtime';

/** An entity or migration class, as TypeORM takes them. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type ClassOf = new (...args: any[]) => unknown;

/** What a notification module may read when it is put together. */
export interface NotificationSettings {
  clock: Clock;
  env: NodeJS.ProcessEnv;
  /** The inbox's mail relay and live-feed listener, open while the service runs. */
  inbox: InboxRuntime;
}

/**
 * One part of the notification domain (the inbox, preferences, webhooks…) with everything the
 * subgraph needs of it. notification-modules.ts lists them; the subgraph and its scheduler combine them.
 */
export interface NotificationModule {
  resolvers: object[] | ((settings: NotificationSettings) => object[]);
  entities: ClassOf[];
  migrations: ClassOf[];
  loaders?: (dataSource: DataSource) => object;
  eventHandlers?: (settings: NotificationSettings) => EventHandlers;
  /** Recurring jobs (e.g. the daily digest, webhook retries), run by libs/scheduler. */
  jobs?: (dataSource: DataSource, settings: NotificationSettings) => RecurringJob[];
  /** HTTP routes beside /graphql, e.g. the live feed. */
  routes?: (app: Express, dataSource: DataSource, settings: NotificationSettings) => void;
}
