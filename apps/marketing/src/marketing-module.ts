import type { Express } from 'express';
import type { DataSource } from 'typeorm';
import type { EventHandlers } from '@crm/messaging';
import type { Clock, RecurringJob } from '@crm/scheduler';
import type { MessageRuntime } from './messages/message-runtime';

/** An entity or migration class, as TypeORM takes them. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type ClassOf = new (...args: any[]) => unknown;

/** What a marketing module may read when it is put together: the clock and the environment. */
export interface MarketingSettings {
  clock: Clock;
  env: NodeJS.ProcessEnv;
  /** How messages are sent: the send rules, the signed links and the channels' transport. */
  messaging: MessageRuntime;
}

/**
 * One part of the marketing domain (campaigns, segments, loyalty…) with everything the subgraph
 * needs of it. marketing-modules.ts lists them; the subgraph and its scheduler combine them.
 */
export interface MarketingModule {
  resolvers: object[] | ((settings: MarketingSettings) => object[]);
  entities: ClassOf[];
  migrations: ClassOf[];
  eventHandlers?: (settings: MarketingSettings) => EventHandlers;
  /** Recurring jobs; each reads its cron from the environment (marketing-job-settings.ts). */
  jobs?: (dataSource: DataSource, settings: MarketingSettings) => RecurringJob[];
  /** HTTP routes beside /graphql, e.g. the open pixel and click redirect of messages. */
  routes?: (app: Express, dataSource: DataSource, settings: MarketingSettings) => void;
}
