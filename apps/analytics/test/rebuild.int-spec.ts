import { randomUUID } from 'node:crypto';
import { Kafka, logLevel } from 'kafkajs';
import { Client } from 'pg';
import {
  consumedTopics,
  foldRollupShards,
  readModelsIn,
  rebuildAnalytics,
  rescoreAllCustomers,
  scoreSettings,
  type RebuildOptions,
} from '@crm/analytics';
import type { AnyCloudEvent } from '@crm/events';
import { createLogger } from '@crm/logger';
import {
  EventPublisher,
  readTestEnvironment,
  sampleCustomerCreatedEvent,
  startPlatform,
  waitFor,
  type TestPlatform,
} from '@crm/platform-testing';
import { mixedHistory } from './rebuild-history.fixture';
import { readModelDiff } from './read-model-diff.fixture';

/** The analytics schema's inbox holds these events: the live consumer applied them. */
async function appliedByLive(platform: TestPlatform, events: AnyCloudEvent[]): Promise<void> {
  const ids = events.map((event) => event.id);
  await waitFor(
    async () => {
      const [{ count }] = await platform.subgraphs.analytics.dataSource.query(
        'SELECT count(*)::int AS count FROM inbox WHERE event_id = ANY($1::uuid[])',
        [ids],
      );
      expect(count).toBe(ids.length);
    },
    { timeoutMs: 60_000 },
  );
}

describe('npm run analytics:rebuild: the read models rebuilt from the log, identical, and swapped in', () => {
  let platform: TestPlatform;
  let publisher: EventPublisher;
  let admin: Client;
  let kafka: Kafka;
  let options: RebuildOptions;

  beforeAll(async () => {
    // Topics of this file alone: the rebuild replays all they hold, the live consumer applies the same.
    process.env.KAFKA_TOPIC_PREFIX = `${process.env.KAFKA_TOPIC_PREFIX ?? ''}rebuild-${randomUUID().slice(0, 8)}.`;
    platform = await startPlatform();
    publisher = await EventPublisher.start();
    const test = readTestEnvironment();
    const adminUrl = new URL(test.adminDatabaseUrl);
    adminUrl.pathname = `/${test.databaseName}`;
    admin = new Client({ connectionString: adminUrl.toString() });
    await admin.connect();
    kafka = new Kafka({ brokers: test.kafkaBrokers.split(','), logLevel: logLevel.NOTHING });
    const analytics = platform.subgraphs.analytics.config;
    options = {
      databaseUrl: analytics.databaseUrl,
      adminDatabaseUrl: adminUrl.toString(),
      kafka,
      groupId: analytics.consumerGroupId,
      logger: createLogger('analytics-rebuild', 'error'),
    };
  }, 180_000);

  afterAll(async () => {
    await admin?.query('DROP SCHEMA IF EXISTS analytics_rebuild CASCADE');
    await admin?.end();
    await publisher?.stop();
    await platform?.stop();
  });

  it('swaps a rebuild in while analytics runs: events applied during the rebuild are not lost, later ones still arrive', async () => {
    const before = sampleCustomerCreatedEvent();
    await publisher.publish(before);
    await appliedByLive(platform, [before]);
    const during = sampleCustomerCreatedEvent();
    const result = await rebuildAnalytics({
      ...options,
      // Applied by the live consumer to the schema about to be replaced, after the replay read the log.
      beforeSwap: async () => {
        await publisher.publish(during);
        await appliedByLive(platform, [during]);
      },
    });
    expect(result.offsets).toBe('group active');
    const schemas = await admin.query(
      "SELECT nspname FROM pg_namespace WHERE nspname IN ('analytics_rebuild', 'analytics_previous')",
    );
    expect(schemas.rows).toEqual([]);
    const analytics = platform.subgraphs.analytics.dataSource;
    const seen = async (ids: string[]) =>
      (
        await analytics.query('SELECT customer_id FROM customer_facts WHERE customer_id = ANY($1::uuid[])', [
          ids,
        ])
      ).map((row: { customer_id: string }) => row.customer_id);
    expect((await seen([before.subject, during.subject])).sort()).toEqual(
      [before.subject, during.subject].sort(),
    );
    // The live consumer goes on, in the rebuilt schema.
    const after = sampleCustomerCreatedEvent();
    await publisher.publish(after);
    await appliedByLive(platform, [after]);
    expect(await seen([after.subject])).toEqual([after.subject]);
  }, 180_000);

  it('rebuilds a mixed history to the live figures row by row, whatever the interleaving of partitions', async () => {
    const history = mixedHistory();
    await publisher.publish(...history);
    await appliedByLive(platform, history);
    // The interleaving as fetched, then seeded random ones: each partition in order, any order across.
    for (const shuffleSeed of [undefined, 1, 2, 3, 4, 5]) {
      const result = await rebuildAnalytics({ ...options, swap: false, shuffleSeed });
      expect(result.tally.parked).toBe(0);
      // Counter rows per consumer lane are the live side's only (the replay names no lane): compare sums.
      await platform.subgraphs.analytics.dataSource.transaction((tx) => foldRollupShards(tx));
      const { differences, counts } = await readModelDiff(admin, 'analytics', result.freshSchema);
      expect({ shuffleSeed, differences }).toEqual({ shuffleSeed, differences: {} });
      // Scores age with the clock: both sides computed at one instant agree too.
      const rebuilt = await readModelsIn(options.databaseUrl, result.freshSchema);
      try {
        const at = new Date();
        for (const side of [platform.subgraphs.analytics.dataSource, rebuilt])
          await rescoreAllCustomers(side, at, 'rebuild-test', scoreSettings(process.env));
      } finally {
        await rebuilt.destroy();
      }
      const scores = await readModelDiff(admin, 'analytics', result.freshSchema, { clockDerived: true });
      expect({ shuffleSeed, differences: scores.differences }).toEqual({ shuffleSeed, differences: {} });
      expect(scores.counts.customer_scores).toBeGreaterThan(0);
      // Not vacuous: the history left rows in the read models it feeds.
      for (const table of [
        'customer_facts',
        'customer_merges',
        'customer_erasures',
        'open_opportunities',
        'timeline_entries',
        'audit_entries',
        'report_churn_base_months',
        'report_churn_base_days',
        'report_churn_loss_days',
        'report_cohort_months',
        'report_revenue_owner_months',
        'report_customer_revenue_periods',
        'report_revenue_period_bands',
      ])
        expect(counts[table]).toBeGreaterThan(0);
    }
  }, 300_000);

  it('moves the consumer group to where the replay ended when analytics is stopped, and analytics goes on from there', async () => {
    const analytics = platform.subgraphs.analytics;
    await analytics.stop();
    const meanwhile = sampleCustomerCreatedEvent();
    await publisher.publish(meanwhile);
    const result = await rebuildAnalytics(options);
    expect(result.offsets).toBe('moved');
    const kafkaAdmin = kafka.admin();
    await kafkaAdmin.connect();
    try {
      for (const topic of consumedTopics()) {
        const [committed] = await kafkaAdmin.fetchOffsets({ groupId: options.groupId, topics: [topic] });
        const ends = result.ends.filter((range) => range.topic === topic);
        expect(committed.partitions.map((p) => [p.partition, p.offset]).sort()).toEqual(
          ends.map((range) => [range.partition, String(range.to)]).sort(),
        );
      }
    } finally {
      await kafkaAdmin.disconnect();
    }
    const { startAnalyticsSubgraph } = await import('@crm/analytics');
    platform.subgraphs.analytics = await startAnalyticsSubgraph(analytics.config);
    const next = sampleCustomerCreatedEvent();
    await publisher.publish(next);
    await appliedByLive(platform, [meanwhile, next]);
  }, 180_000);
});
