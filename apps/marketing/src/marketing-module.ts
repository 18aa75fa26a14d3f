import type { SubgraphModule } from '@crm/subgraph-kit';
import type { Clock } from '@crm/scheduler';
import type { MessageRuntime } from './messages/message-runtime';

/** What a marketing module may read when it is put together: the clock and the environment. */
export interface MarketingSettings {
  clock: Clock;
  env: NodeJS.ProcessEnv;
  /** How messages are sent: the send rules, the signed links and the channels' transport. */
  messaging: MessageRuntime;
}

/**
 * One part of the marketing domain (campaigns, segments, loyalty…); marketing-modules.ts lists
 * them. Jobs read their cron from the environment (marketing-job-settings.ts); routes are e.g.
 * the open pixel and click redirect of messages.
 */
export type MarketingModule = SubgraphModule<MarketingSettings>;
