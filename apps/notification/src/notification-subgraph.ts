import { gql } from 'graphql-tag';
import { loadMailConfig, type MailConfig, type ServiceConfig } from '@crm/config';
import {
  jobPollIntervalOf,
  startServiceScheduler,
  systemClock,
  type Clock,
  type Scheduler,
} from '@crm/scheduler';
import {
  definitionOfModules,
  jobsOfModules,
  readSubgraphSdl,
  startSubgraph,
  type RunningSubgraph,
} from '@crm/subgraph-kit';
import { startInboxRuntime } from './inbox-runtime';
import { createNotificationLoaders } from './notification-loaders';
import type { NotificationSettings } from './notification-module';
import { NOTIFICATION_MODULES } from './notification-modules';
import { observeSchedulerQueues } from '@crm/metrics';

export const notificationTypeDefs = gql(readSubgraphSdl(__dirname));

/** What a test may set: the clock of the time rules and the environment read for settings. */
export interface NotificationOptions {
  clock?: Clock;
  env?: NodeJS.ProcessEnv;
  /** Where notification mail goes; defaults to the environment's (loadMailConfig). */
  mail?: MailConfig;
}

export interface RunningNotification extends RunningSubgraph {
  /** The time rules' scheduler (its modules' jobs). */
  jobs: Scheduler;
}

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
    ...definitionOfModules(modules, settings),
    createLoaders: (dataSource) => createNotificationLoaders(dataSource, modules),
  }).catch(async (error: unknown) => {
    await inbox.stop();
    throw error;
  });
  const jobs = await startServiceScheduler(
    config,
    subgraph.logger,
    jobsOfModules(modules, subgraph.dataSource, settings),
    { clock: settings.clock, pollIntervalMs: jobPollIntervalOf(env) },
  ).catch(async (error: unknown) => {
    await subgraph.stop();
    await inbox.stop();
    throw error;
  });
  observeSchedulerQueues(subgraph.metrics, () => jobs.queueStates());
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
