import type { DataSource } from 'typeorm';
import type { EventHandlers } from '@crm/messaging';
import type { Clock, RecurringJob } from '@crm/scheduler';

/** An entity or migration class, as TypeORM takes them. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type ClassOf = new (...args: any[]) => unknown;

/** What a marketing module may read when it is put together: the clock and the environment. */
export interface MarketingSettings {
  clock: Clock;
  env: NodeJS.ProcessEnv;
}

/**
 * One part of the marketing domain (campaigns, segments, loyalty…) with everything the subgraph
 * needs of it. marketing-modules.ts lists them; the subgraph and its scheduler combine them.
 */
export interface MarketingModule {
  resolvers: object[];
  entities: ClassOf[];
  migrations: ClassOf[];
  eventHandlers?: (settings: MarketingSettings) => EventHandlers;
  /** Recurring jobs; each reads its cron from the environment (marketing-job-settings.ts). */
  jobs?: (dataSource: DataSource, settings: MarketingSettings) => RecurringJob[];
}
