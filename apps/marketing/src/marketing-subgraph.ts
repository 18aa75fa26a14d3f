import { gql } from 'graphql-tag';
import type { ServiceConfig } from '@crm/config';
import { combineHandlers } from '@crm/messaging';
import { systemClock, type Clock, type Scheduler } from '@crm/scheduler';
import { readSubgraphSdl, startSubgraph, type RunningSubgraph } from '@crm/subgraph-kit';
import { startMarketingJobs } from './jobs/marketing-jobs';
import { createMarketingLoaders } from './marketing-loaders';
import type { MarketingSettings } from './marketing-module';
import { MARKETING_MODULES } from './marketing-modules';

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

/** The marketing subgraph: its modules' API, event handlers and scheduled jobs. */
export async function startMarketingSubgraph(
  config: ServiceConfig,
  options: MarketingOptions = {},
): Promise<RunningMarketing> {
  const settings: MarketingSettings = {
    clock: options.clock ?? systemClock,
    env: options.env ?? process.env,
  };
  const modules = MARKETING_MODULES;
  const subgraph = await startSubgraph({
    config,
    typeDefs: marketingTypeDefs,
    resolvers: modules.flatMap((module) => module.resolvers),
    entities: modules.flatMap((module) => module.entities),
    migrations: modules.flatMap((module) => module.migrations),
    createLoaders: (dataSource) => createMarketingLoaders(dataSource, settings.clock),
    eventHandlers: combineHandlers(...modules.map((module) => module.eventHandlers?.(settings) ?? {})),
  });
  const jobs = await startMarketingJobs(
    config,
    subgraph.dataSource,
    subgraph.logger,
    modules,
    settings,
  ).catch(async (error: unknown) => {
    await subgraph.stop();
    throw error;
  });
  return {
    ...subgraph,
    jobs,
    async stop() {
      await jobs.stop();
      await subgraph.stop();
    },
  };
}
