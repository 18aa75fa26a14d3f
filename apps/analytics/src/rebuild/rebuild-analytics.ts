import type { Kafka } from 'kafkajs';
import { Client, escapeIdentifier } from 'pg';
import { topicOf, type EventType } from '@crm/events';
import type { Logger } from '@crm/logger';
import { kafkaTopicOf } from '@crm/messaging';
import { analyticsEventHandlers } from '../analytics-subgraph';
import { moveGroupOffsets, type OffsetMove } from './consumer-offsets';
import { createFreshSchema, readModelsIn } from './fresh-schema';
import { KEPT_TABLES, REPLAY_INPUT_TABLES } from './kept-tables';
import { rescoreAllCustomers } from '../jobs/nightly-scores.job';
import { scoreSettings } from '../data/score-settings';
import { replayRanges } from './log-replay';
import { sinceRanges, wholeLogOf, type PartitionRange } from './partition-range';
import { SILENT_PROGRESS, type ReplayProgress } from './replay-progress';
import type { ReplayTally } from './replay-applier';
import { copyLiveTables, swapInFreshSchema } from './schema-swap';

export interface RebuildOptions {
  /** The analytics service's own database URL (its role owns the fresh schema and its tables). */
  databaseUrl: string;
  /** A superuser's URL on the same database: creates and renames schemas. */
  adminDatabaseUrl: string;
  kafka: Kafka;
  /** The live consumer group, moved to where the replay ended. */
  groupId: string;
  logger: Logger;
  progress?: ReplayProgress;
  /** The live schema (`analytics`); the fresh one is `<live>_rebuild`, the former one `<live>_previous`. */
  liveSchema?: string;
  /** Leave the fresh schema beside the live one, not swapped in (a check, or a dry run). */
  swap?: boolean;
  keepPrevious?: boolean;
  shuffleSeed?: number;
  allowTruncated?: boolean;
  /** Runs after the replay, just before the swap (tests publish "during the rebuild" here). */
  beforeSwap?: () => Promise<void>;
  /** The time the rebuilt scores are computed at (they age with the clock, not with events). */
  now?: Date;
}

export interface RebuildResult {
  freshSchema: string;
  tally: ReplayTally;
  /** Where the replay ended, partition by partition. */
  ends: PartitionRange[];
  offsets: OffsetMove | 'not swapped';
}

/** The topics analytics consumes: those of every event type it handles. */
export const consumedTopics = () => [
  ...new Set(
    (Object.keys(analyticsEventHandlers()) as EventType[]).map((type) => kafkaTopicOf(topicOf(type))),
  ),
];

const addTallies = (a: ReplayTally, b: ReplayTally): ReplayTally => ({
  applied: a.applied + b.applied,
  skipped: a.skipped + b.skipped,
  parked: a.parked + b.parked,
});

/**
 * Replays every topic analytics consumes from its first event into a fresh schema made by
 * analytics' migrations, catches up with what arrived meanwhile, swaps it in for the live one and
 * moves the consumer group to where the replay ended (README "Rebuilding analytics").
 */
export async function rebuildAnalytics(options: RebuildOptions): Promise<RebuildResult> {
  const { kafka, logger, groupId } = options;
  const live = options.liveSchema ?? 'analytics';
  const freshSchema = `${live}_rebuild`;
  const progress = options.progress ?? SILENT_PROGRESS;
  const ownerRole = decodeURIComponent(new URL(options.databaseUrl).username);
  const admin = new Client({ connectionString: options.adminDatabaseUrl });
  const kafkaAdmin = kafka.admin();
  await admin.connect();
  await kafkaAdmin.connect();
  try {
    await createFreshSchema(admin, freshSchema, ownerRole);
    const dataSource = await readModelsIn(options.databaseUrl, freshSchema);
    await copyLiveTables(admin, live, freshSchema, REPLAY_INPUT_TABLES);
    const target = { dataSource, handlers: analyticsEventHandlers(), logger };
    const replay = (ranges: PartitionRange[], shuffleSeed?: number) =>
      replayRanges(ranges, { kafka, target, progress, groupPrefix: groupId, shuffleSeed });
    try {
      let ends = await wholeLogOf(kafkaAdmin, consumedTopics(), options.allowTruncated);
      logger.info({ freshSchema, partitions: ends.length }, 'replaying the log into a fresh schema');
      let tally = await replay(ends, options.shuffleSeed);
      // Scores depend on when they are computed, so replaying events cannot reproduce them: they are
      // computed afresh, as the nightly job would (CLOCK_DERIVED_TABLES).
      await rescoreAllCustomers(
        dataSource,
        options.now ?? new Date(),
        'analytics-rebuild',
        scoreSettings(process.env),
      );
      if (options.swap === false) return { freshSchema, tally, ends, offsets: 'not swapped' };
      // What arrived during the replay, before the live consumers are made to wait for the rest.
      ends = await sinceRanges(kafkaAdmin, ends);
      tally = addTallies(tally, await replay(ends));
      await options.beforeSwap?.();
      await swapInFreshSchema(admin, {
        live,
        fresh: freshSchema,
        previous: `${live}_previous`,
        keptTables: KEPT_TABLES,
        catchUp: async () => {
          ends = await sinceRanges(kafkaAdmin, ends);
          tally = addTallies(tally, await replay(ends));
        },
      });
      logger.info({ live }, 'rebuilt read models swapped in');
      if (!options.keepPrevious)
        await admin.query(`DROP SCHEMA IF EXISTS ${escapeIdentifier(`${live}_previous`)} CASCADE`);
      const offsets = await moveGroupOffsets(kafka, kafkaAdmin, groupId, ends);
      return { freshSchema, tally, ends, offsets };
    } finally {
      await dataSource.destroy();
    }
  } finally {
    await kafkaAdmin.disconnect();
    await admin.end();
  }
}
