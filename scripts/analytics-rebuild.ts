// `npm run analytics:rebuild`: rebuilds analytics' read models from the log and swaps them in
// (README "Rebuilding analytics").
import { parseArgs } from 'node:util';
import { MultiBar, Presets } from 'cli-progress';
import { loadInfrastructureConfig, loadServiceConfig } from '@crm/config';
import { createLogger } from '@crm/logger';
import { createKafka } from '@crm/messaging';
import { rebuildAnalytics, type ReplayProgress } from '@crm/analytics';

const USAGE = `usage: npm run analytics:rebuild -- [--no-swap] [--keep-previous] [--shuffle-seed <n>] [--allow-truncated]
  Replays every topic analytics consumes from its first event into a fresh schema (analytics_rebuild),
  then swaps it in for the analytics schema and moves the consumer group (KAFKA_GROUP_ID, crm.analytics)
  to where the replay ended. The analytics service may keep running. Needs ANALYTICS_DATABASE_URL (or
  DATABASE_URL), DATABASE_ADMIN_URL (a superuser, to create and rename schemas), CRM_DATABASE, KAFKA_BROKERS.
  --no-swap          leave the rebuilt schema beside the live one, to compare
  --keep-previous    keep the former schema as analytics_previous
  --shuffle-seed n   apply the partitions in a random interleaving (holds the log in memory)
  --allow-truncated  go on although a partition lost its first events to retention`;

const log = (message: string) => console.log(`[analytics:rebuild] ${message}`);

function options() {
  const { values } = parseArgs({
    options: {
      'no-swap': { type: 'boolean', default: false },
      'keep-previous': { type: 'boolean', default: false },
      'shuffle-seed': { type: 'string' },
      'allow-truncated': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  const seed = values['shuffle-seed'];
  if (seed !== undefined && !/^\d+$/.test(seed))
    throw new Error(`--shuffle-seed must be a whole number (got ${seed})`);
  return { ...values, shuffleSeed: seed === undefined ? undefined : Number(seed) };
}

/** A bar per topic, counting its messages read against its offsets at the start. */
function progressBars(): ReplayProgress & { stop(): void } {
  const bars = new MultiBar(
    { format: '{bar} {percentage}% | {value}/{total} | {topic}', hideCursor: true },
    Presets.shades_classic,
  );
  const byTopic = new Map<string, ReturnType<MultiBar['create']>>();
  return {
    planned(totals) {
      for (const [topic, total] of totals) {
        if (total === 0) continue;
        const bar = byTopic.get(topic);
        if (bar) bar.setTotal(bar.getTotal() + total);
        else byTopic.set(topic, bars.create(total, 0, { topic }));
      }
    },
    read: (topic, messages) => byTopic.get(topic)?.increment(messages),
    stop: () => bars.stop(),
  };
}

async function main(): Promise<void> {
  const flags = options();
  if (flags.help) return console.log(USAGE);
  const env = {
    ...process.env,
    DATABASE_URL: process.env.ANALYTICS_DATABASE_URL ?? process.env.DATABASE_URL,
  };
  const config = loadServiceConfig('analytics', env);
  const infrastructure = loadInfrastructureConfig();
  const adminUrl = new URL(infrastructure.adminDatabaseUrl);
  adminUrl.pathname = new URL(config.databaseUrl).pathname;
  const logger = createLogger('analytics-rebuild', 'warn');
  const progress = progressBars();
  log(`replaying into analytics_rebuild (consumer group ${config.consumerGroupId})`);
  try {
    const result = await rebuildAnalytics({
      databaseUrl: config.databaseUrl,
      adminDatabaseUrl: adminUrl.toString(),
      kafka: createKafka('crm-analytics-rebuild', config.kafkaBrokers, logger),
      groupId: config.consumerGroupId,
      logger,
      progress,
      swap: !flags['no-swap'],
      keepPrevious: flags['keep-previous'],
      shuffleSeed: flags.shuffleSeed,
      allowTruncated: flags['allow-truncated'],
    });
    progress.stop();
    const { applied, skipped, parked } = result.tally;
    log(
      `${applied} events applied, ${skipped} skipped (not for analytics, or seen), ${parked} left out (rejected)`,
    );
    if (result.offsets === 'not swapped') return log(`left in schema ${result.freshSchema}, not swapped in`);
    log('swapped in as schema analytics');
    log(
      result.offsets === 'moved'
        ? 'consumer group moved to where the replay ended'
        : 'analytics is running: its consumer reads on from its own position, the rebuilt inbox skips what was replayed',
    );
  } finally {
    progress.stop();
  }
}

main().catch((error: unknown) => {
  console.error(`[analytics:rebuild] ${error instanceof Error ? error.message : String(error)}`);
  console.error(USAGE);
  process.exit(1);
});
