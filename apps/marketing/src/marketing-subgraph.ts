import { gql } from 'graphql-tag';
import type { ServiceConfig } from '@crm/config';
import { createLogger } from '@crm/logger';
import { combineHandlers } from '@crm/messaging';
import { systemClock, type Clock, type Scheduler } from '@crm/scheduler';
import { readSubgraphSdl, startSubgraph, type RunningSubgraph } from '@crm/subgraph-kit';
import { startMarketingJobs } from './jobs/marketing-jobs';
import { createMarketingLoaders } from './marketing-loaders';
import type { MarketingModule, MarketingSettings } from './marketing-module';
import { MARKETING_MODULES } from './marketing-modules';
import { createMessageRuntime } from './messages/message-runtime';

export const marketingTypeDefs = gql(readSubgraphSdl(__dirname));

/** What a test may set: the clock of the time rules and the environment read for settings. */
export interface MarketingOptions {
  clock?: Clock;
  env?: NodeJS.ProcessEnv;
}

export interface RunningMarketing extends RunningSubgraph {
  /** The time rules' scheduler (jobs/marketing-jobs.ts). */
  jobs: Scheduler;
}

const resolversOf = (module: MarketingModule, settings: MarketingSettings) =>
  typeof module.resolvers === 'function' ? module.resolvers(settings) : module.resolvers;

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
    resolvers: modules.flatMap((module) => resolversOf(module, settings)),
    entities: modules.flatMap((module) => module.entities),
    migrations: modules.flatMap((module) => module.migrations),
    createLoaders: (dataSource) => createMarketingLoaders(dataSource, settings.clock),
    eventHandlers: combineHandlers(...modules.map((module) => module.eventHandlers?.(settings) ?? {})),
    routes: (app, dataSource) => modules.forEach((module) => module.routes?.(app, dataSource, settings)),
  }).catch((error: unknown) => {
    messaging.transport.close();
    throw error;
  });
  const jobs = await startMarketingJobs(
    config,
    subgraph.dataSource,
    subgraph.logger,
    modules,
    settings,
  ).catch(async (error: unknown) => {
    await subgraph.stop();
    messaging.transport.close();
    throw error;
  });
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
