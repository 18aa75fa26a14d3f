import type { DataSource } from 'typeorm';
import type { ServiceConfig } from '@crm/config';
import type { Logger } from '@crm/logger';
import {
  assertCron,
  jobPollIntervalOf,
  startServiceScheduler,
  type Clock,
  type Scheduler,
} from '@crm/scheduler';
import type { ScoreSettings } from '../data/score-settings';
import { nightlyScoresJob } from './nightly-scores.job';
import { rollupShardFoldJob } from './rollup-shard-fold.job';

export interface AnalyticsJobSettings {
  clock: Clock;
  env: NodeJS.ProcessEnv;
  scores: ScoreSettings;
}

function setting(env: NodeJS.ProcessEnv, name: string, fallback: string): string {
  return env[name]?.trim() || fallback;
}

/** Analytics' time rules as recurring jobs in the `analytics_jobs` schema, run inside the service. */
export async function startAnalyticsJobs(
  config: ServiceConfig,
  dataSource: DataSource,
  logger: Logger,
  { clock, env, scores }: AnalyticsJobSettings,
): Promise<Scheduler> {
  const scoresCron = setting(env, 'ANALYTICS_SCORES_CRON', '0 2 * * *');
  assertCron('ANALYTICS_SCORES_CRON', scoresCron);
  const foldCron = setting(env, 'ANALYTICS_ROLLUP_FOLD_CRON', '* * * * *');
  assertCron('ANALYTICS_ROLLUP_FOLD_CRON', foldCron);
  const jobs = [nightlyScoresJob(dataSource, scoresCron, scores), rollupShardFoldJob(dataSource, foldCron)];
  return startServiceScheduler(config, logger, jobs, {
    clock,
    pollIntervalMs: jobPollIntervalOf(env),
    // The nightly scores of a million customers take minutes: past the queue's default 10 the run
    // would count as dead and be retried beside itself (harmless, the batches take turns, but idle).
    expireInSeconds: 3600,
  });
}
