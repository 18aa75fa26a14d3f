import { gql } from 'graphql-tag';
import { loadMailConfig, type MailConfig, type ServiceConfig } from '@crm/config';
import { combineHandlers } from '@crm/messaging';
import { systemClock, type Clock, type Scheduler } from '@crm/scheduler';
import { readSubgraphSdl, startSubgraph, type RunningSubgraph } from '@crm/subgraph-kit';
import { startInboxRuntime } from './inbox-runtime';
import { startNotificationJobs } from './jobs/notification-jobs';
import { createNotificationLoaders } from './notification-loaders';
import type { NotificationModule, NotificationSettings } from './notification-module';
import { NOTIFICATION_MODULES } from './notification-modules';

export const notificationTypeDefs = gql(readSubgraphSdl(__dirname));

/** What a test may set: the clock of the time rules and the environment read for settings. */
export interface NotificationOptions {
  clock?: Clock;
  env?: NodeJS.ProcessEnv;
  /** Where notification mail goes; defaults to the environment's (loadMailConfig). */
  mail?: MailConfig;
}

export interface RunningNotification extends RunningSubgraph {
  /** The time rules' scheduler (jobs/notification-jobs.ts). */
  jobs: Scheduler;
}

const resolversOf = (module: NotificationModule, settings: NotificationSettings) =>
  typeof module.resolvers === 'function' ? module.resolvers(settings) : module.resolvers;

/** The notification subgraph: its modules' API, event handlers, HTTP routes and scheduled jobs. */
export async function startNotificationSubgraph(
  config: ServiceConfig,
  options: NotificationOptions = {},
): Promise<RunningNotification> {
  const env = options.env ?? process.env;
  const inbox = await startInboxRuntime(config, options.mail ?? loadMailConfig(env));
  const settings: NotificationSettings = { clock: options.clock ?? systemClock, env, inbox };
  const modules = NOTIFICATION_MODULES;
  const subgraph = await startSubgraph({
    config,
    typeDefs: notificationTypeDefs,
    resolvers: modules.flatMap((module) => resolversOf(module, settings)),
    entities: modules.flatMap((module) => module.entities),
    migrations: modules.flatMap((module) => module.migrations),
    createLoaders: (dataSource) => createNotificationLoaders(dataSource, modules),
    eventHandlers: combineHandlers(...modules.map((module) => module.eventHandlers?.(settings) ?? {})),
    routes: (app, dataSource) => modules.forEach((module) => module.routes?.(app, dataSource, settings)),
  }).catch(async (error: unknown) => {
    await inbox.stop();
    throw error;
  });
  const jobs = await startNotificationJobs(
    config,
    subgraph.dataSource,
    subgraph.logger,
    modules,
    settings,
  ).catch(async (error: unknown) => {
    await subgraph.stop();
    await inbox.stop();
    throw error;
  });
  return {
    ...subgraph,
    jobs,
    async stop() {
      await jobs.stop();
      await subgraph.stop();
      await inbox.stop();
    },
  };
}
