import { gql } from 'graphql-tag';
import type { ServiceConfig } from '@crm/config';
import { createLogger } from '@crm/logger';
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
import { createMarketingLoaders } from './marketing-loaders';
import type { MarketingSettings } from './marketing-module';
import { MARKETING_MODULES } from './marketing-modules';
import { createMessageRuntime } from './messages/message-runtime';
import { observeSchedulerQueues } from '@crm/metrics';

export const marketingTypeDefs = gql(readSubgraphSdl(__dirname));

/** What a test may set: the clock of the time rules and the environment read for settings. */
export interface MarketingOptions {
  clock?: Clock;
  env?: NodeJS.ProcessEnv;
}

export interface RunningMarketing extends RunningSubgraph {
  /** The time rules' scheduler (its modules' jobs). */
  jobs: Scheduler;
}

/** The marketing subgraph: its modules' API, event handlers, HTTP routes and scheduled jobs. */
export async function startMarketingSubgraph(
  config: ServiceConfig,
  options: MarketingOptions = {},
): Promise<RunningMarketing> {
  const env = options.env ?? process.env;
  const messaging = createMessageRuntime(
    env,
    config.port,
    createLogger('marketing-messages', config.logLevel),
  );
  const settings: MarketingSettings = { clock: options.clock ?? systemClock, env, messaging };
  const modules = MARKETING_MODULES;
  const subgraph = await startSubgraph({
    config,
    typeDefs: marketingTypeDefs,
    ...definitionOfModules(modules, settings),
    createLoaders: (dataSource) => createMarketingLoaders(dataSource, settings.clock),
  }).catch((error: unknown) => {
    messaging.transport.close();
    throw error;
  });
  const jobs = await startServiceScheduler(
    config,
    subgraph.logger,
    jobsOfModules(modules, subgraph.dataSource, settings),
    { clock: settings.clock, pollIntervalMs: jobPollIntervalOf(env) },
  ).catch(async (error: unknown) => {
    await subgraph.stop();
    messaging.transport.close();
    throw error;
  });
  observeSchedulerQueues(subgraph.metrics, () => jobs.queueStates());
  return {
    ...subgraph,
    jobs,
    async stop() {
      await jobs.stop();
      await subgraph.stop();
      messaging.transport.close();
    },
  };
}
