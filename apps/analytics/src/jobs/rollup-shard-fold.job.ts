import type { DataSource } from 'typeorm';
import type { RecurringJob } from '@crm/scheduler';
import { foldRollupShards } from '../data/rollup-shards';

export const ROLLUP_SHARD_FOLD_JOB = 'analytics.rollup-shard-fold';

/** Folds the roll-ups' lane shards into one row per key (data/rollup-shards.ts), in one transaction. */
export function rollupShardFoldJob(dataSource: DataSource, cron: string): RecurringJob {
  return {
    name: ROLLUP_SHARD_FOLD_JOB,
    cron,
    async run() {
      await dataSource.transaction((manager) => foldRollupShards(manager));
    },
  };
}
