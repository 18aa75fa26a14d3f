import type { Express } from 'express';
import type { DataSource } from 'typeorm';
import { combineHandlers, type EventHandlers } from '@crm/messaging';
import type { RecurringJob } from '@crm/scheduler';
import type { SubgraphDefinition } from './start-subgraph';

/** An entity or migration class, as TypeORM takes them. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type ClassOf = new (...args: any[]) => unknown;

/**
 * One part of a domain (campaigns, the inbox, webhooks…) with everything its subgraph needs of
 * it, put together with what the module may read (`Settings`: the clock, the environment, the
 * service's runtimes). An app lists its modules; the subgraph and its scheduler combine them.
 */
export interface SubgraphModule<Settings> {
  resolvers: object[] | ((settings: Settings) => object[]);
  entities: ClassOf[];
  migrations: ClassOf[];
  eventHandlers?: (settings: Settings) => EventHandlers;
  /** Recurring jobs, run by libs/scheduler in the service's jobs schema. */
  jobs?: (dataSource: DataSource, settings: Settings) => RecurringJob[];
  /** HTTP routes beside /graphql, e.g. a live feed or a tracking pixel. */
  routes?: (app: Express, dataSource: DataSource, settings: Settings) => void;
}

type ModulesDefinition = Pick<
  SubgraphDefinition<unknown>,
  'resolvers' | 'entities' | 'migrations' | 'eventHandlers' | 'routes'
>;

/** What the modules give startSubgraph: their resolvers, tables, event handlers and routes together. */
export function definitionOfModules<Settings>(
  modules: SubgraphModule<Settings>[],
  settings: Settings,
): ModulesDefinition {
  return {
    resolvers: modules.flatMap((module) =>
      typeof module.resolvers === 'function' ? module.resolvers(settings) : module.resolvers,
    ),
    entities: modules.flatMap((module) => module.entities),
    migrations: modules.flatMap((module) => module.migrations),
    eventHandlers: combineHandlers(...modules.map((module) => module.eventHandlers?.(settings) ?? {})),
    routes: (app, dataSource) => modules.forEach((module) => module.routes?.(app, dataSource, settings)),
  };
}

/** The modules' recurring jobs, for startServiceScheduler. */
export const jobsOfModules = <Settings>(
  modules: SubgraphModule<Settings>[],
  dataSource: DataSource,
  settings: Settings,
): RecurringJob[] => modules.flatMap((module) => module.jobs?.(dataSource, settings) ?? []);
