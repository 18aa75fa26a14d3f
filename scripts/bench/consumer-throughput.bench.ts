import { randomUUID } from 'node:crypto';
import type { Kafka } from 'kafkajs';
import type { DataSource } from 'typeorm';
import { analyticsEntities, analyticsEventHandlers, analyticsMigrations } from '@crm/analytics';
import { createServiceDataSource, newId, runMigrations } from '@crm/db';
import { buildEvent, type AnyCloudEvent } from '@crm/events';
import { createLogger } from '@crm/logger';
import {
  createKafka,
  eventTopicSpec,
  EventConsumer,
  InboxMessage,
  type EventConsumerOptions,
  kafkaTopicOf,
  MessagingTables1764000000000,
  OutboxMessage,
  provisionTopics,
} from '@crm/messaging';
import { deleteTestRunKafka, readTestEnvironment, testServiceEnv } from '@crm/platform-testing';
import { loadInfrastructureConfig } from '@crm/config';
import { ensureKafka, ensurePostgres } from '@crm/infra';
import { withScratchDatabase } from './bench-database';

const BACKLOG = Number(process.env.CONSUMER_BENCH_BACKLOG ?? 10_000);
/** The old path is slow: a smaller backlog gives the same rate in a quarter of the time. */
const BASELINE_BACKLOG = Number(process.env.CONSUMER_BENCH_BASELINE_BACKLOG ?? 2_500);
const ROUNDS = 2;
/** About what the services produced in the fault run of issue 11 (356/s), where the old path lagged. */
const SUSTAINED_RATE = Number(process.env.CONSUMER_BENCH_RATE ?? 360);
const SUSTAINED_SECONDS = 15;
const TOPIC = 'crm.sales.opportunity.v1';

const logger = createLogger('consumer-bench', 'error');
const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

/** Deals as sales publishes them: opened, moved on a stage, and every other one won. */
function dealEvents(count: number): AnyCloudEvent[] {
  const events: AnyCloudEvent[] = [];
  const ownerId = newId();
  for (let deal = 0; events.length < count; deal++) {
    const opportunityId = newId();
    const customerId = newId();
    const common = { subject: opportunityId, actor: ownerId };
    const at = new Date().toISOString();
    const money = { amount: String(1_000 + (deal % 97) * 250), currency: 'EUR' };
    events.push(
      buildEvent('crm.sales.opportunity.created', {
        ...common,
        data: {
          opportunityId,
          customerId,
          name: `Bench deal ${deal}`,
          ...money,
          stage: 'QUALIFICATION',
          probability: 20,
          ownerId,
          expectedCloseDate: '2027-06-30',
          createdAt: at,
        },
      }),
      buildEvent('crm.sales.opportunity.stage_changed', {
        ...common,
        data: {
          opportunityId,
          customerId,
          fromStage: 'QUALIFICATION',
          toStage: 'PROPOSAL',
          probability: 60,
          ...money,
          reason: null,
          ownerId,
          changedAt: at,
        },
      }),
    );
    if (deal % 2 === 0)
      events.push(
        buildEvent('crm.sales.opportunity.won', {
          ...common,
          data: {
            opportunityId,
            customerId,
            name: `Bench deal ${deal}`,
            ...money,
            reason: 'bench',
            ownerId,
            closedAt: at,
          },
        }),
      );
  }
  return events.slice(0, count);
}

/** Each run reads topics of its own (a prefix under the bench's), so it sees only its own events. */
async function withOwnTopics<T>(label: string, run: (topic: string) => Promise<T>): Promise<T> {
  const outer = process.env.KAFKA_TOPIC_PREFIX;
  process.env.KAFKA_TOPIC_PREFIX = `${outer ?? ''}consumer-bench-${label}.`;
  try {
    return await run(kafkaTopicOf(TOPIC));
  } finally {
    process.env.KAFKA_TOPIC_PREFIX = outer;
  }
}

async function produce(kafka: Kafka, topic: string, events: AnyCloudEvent[]): Promise<void> {
  const producer = kafka.producer();
  await producer.connect();
  try {
    for (let i = 0; i < events.length; i += 500) {
      const messages = events.slice(i, i + 500).map((e) => ({ key: e.subject, value: JSON.stringify(e) }));
      await producer.send({ topic, acks: -1, messages });
    }
  } finally {
    await producer.disconnect();
  }
}

const appliedCount = async (dataSource: DataSource, topic: string) =>
  Number((await dataSource.query('SELECT count(*) FROM inbox WHERE topic = $1', [topic]))[0].count);

async function waitUntilApplied(dataSource: DataSource, topic: string, count: number): Promise<void> {
  const deadline = Date.now() + 10 * 60_000;
  while ((await appliedCount(dataSource, topic)) < count) {
    if (Date.now() > deadline) throw new Error(`${topic}: not all ${count} events applied within 10 min`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** How the consumer applies: batches side by side per partition (today), or the path before them. */
type ApplyPath = Pick<EventConsumerOptions, 'maxBatchSize' | 'partitionsInParallel'>;
const ONE_MESSAGE_PER_TRANSACTION: ApplyPath = { maxBatchSize: 1, partitionsInParallel: 1 };

function consumerOf(kafka: Kafka, dataSource: DataSource, label: string, path: ApplyPath = {}) {
  return new EventConsumer({
    kafka,
    dataSource,
    groupId: `crm-test-${readTestEnvironment().runId}-consumer-bench-${label}-${randomUUID().slice(0, 6)}`,
    startFrom: 'earliest',
    handlers: analyticsEventHandlers(),
    logger,
    ...path,
  });
}

/** A backlog already on the topic when the consumer joins: events/s from joining to the last one applied. */
async function backlogRate(
  kafka: Kafka,
  dataSource: DataSource,
  label: string,
  count: number,
  path?: ApplyPath,
) {
  return withOwnTopics(label, async (topic) => {
    await provisionTopics(kafka, [eventTopicSpec(topic)]);
    await produce(kafka, topic, dealEvents(count));
    const consumer = consumerOf(kafka, dataSource, label, path);
    try {
      await consumer.start();
      const started = Date.now();
      await waitUntilApplied(dataSource, topic, count);
      return Math.round(count / ((Date.now() - started) / 1000));
    } finally {
      await consumer.stop();
    }
  });
}

/** Events produced at a steady rate: lag from each event's time to the transaction that applied it. */
async function sustainedLag(kafka: Kafka, dataSource: DataSource) {
  return withOwnTopics('sustained', async (topic) => {
    await provisionTopics(kafka, [eventTopicSpec(topic)]);
    const consumer = consumerOf(kafka, dataSource, 'sustained');
    const producer = kafka.producer();
    await Promise.all([consumer.start(), producer.connect()]);
    try {
      const tickMs = 100;
      const perTick = Math.round((SUSTAINED_RATE * tickMs) / 1000);
      const ticks = (SUSTAINED_SECONDS * 1000) / tickMs;
      const sentAt = new Map<string, number>();
      const begun = Date.now();
      for (let tick = 0; tick < ticks; tick++) {
        // buildEvent stamps `time` now: the moment sales would have committed it.
        const events = dealEvents(perTick);
        for (const event of events) sentAt.set(event.id, Date.parse(event.time));
        const messages = events.map((e) => ({ key: e.subject, value: JSON.stringify(e) }));
        await producer.send({ topic, acks: -1, messages });
        const next = begun + (tick + 1) * tickMs;
        await new Promise((resolve) => setTimeout(resolve, Math.max(0, next - Date.now())));
      }
      await waitUntilApplied(dataSource, topic, perTick * ticks);
      const rows: { event_id: string; applied_at: Date }[] = await dataSource.query(
        'SELECT event_id, applied_at FROM inbox WHERE topic = $1',
        [topic],
      );
      return rows.map((row) => row.applied_at.getTime() - sentAt.get(row.event_id)!).sort((a, b) => a - b);
    } finally {
      await producer.disconnect();
      await consumer.stop();
    }
  });
}

/**
 * `npm run bench`, consumer throughput: opportunity events (created, stage changed, won) applied
 * by the real analytics handlers into the analytics schema, in batches, next to the old path (one
 * message per transaction) on the same machine in the same run; then the lag under a steady rate.
 */
export async function benchConsumerThroughput(): Promise<void> {
  console.log(`\n== consumer throughput: analytics applying a backlog of opportunity events ==`);
  const dataSource = createServiceDataSource({
    url: testServiceEnv('analytics', 'consumer-bench').DATABASE_URL,
    schema: 'analytics',
    entities: [OutboxMessage, InboxMessage, ...analyticsEntities],
    migrations: [MessagingTables1764000000000, ...analyticsMigrations],
    applicationName: 'crm-consumer-bench',
  });
  await dataSource.initialize();
  const kafka = createKafka('consumer-bench', readTestEnvironment().kafkaBrokers.split(','), logger);
  try {
    await runMigrations(dataSource);
    // Alternating rounds, best of each: on a shared machine both paths see the same background load.
    const baselines: number[] = [];
    const batches: number[] = [];
    for (let round = 1; round <= ROUNDS; round++) {
      const path = ONE_MESSAGE_PER_TRANSACTION;
      baselines.push(await backlogRate(kafka, dataSource, `one-by-one-${round}`, BASELINE_BACKLOG, path));
      batches.push(await backlogRate(kafka, dataSource, `batched-${round}`, BACKLOG));
    }
    const batched = Math.max(...batches);
    const baseline = Math.max(...baselines);
    console.log(`batches          ${batched} events/s   (${BACKLOG} events; rounds: ${batches.join(', ')})`);
    console.log(
      `one per tx       ${baseline} events/s   (${BASELINE_BACKLOG} events, one partition at a time: ` +
        `the path before batches, baseline; rounds: ${baselines.join(', ')})`,
    );
    console.log(`batch gain       ${(batched / Math.max(baseline, 1)).toFixed(1)}×`);
    const lags = await sustainedLag(kafka, dataSource);
    console.log(
      `sustained ${SUSTAINED_RATE}/s for ${SUSTAINED_SECONDS} s: lag p50 ${Math.round(percentile(lags, 50))} ms   ` +
        `p99 ${Math.round(percentile(lags, 99))} ms   (event time → start of the applying transaction)`,
    );
  } finally {
    await dataSource.destroy();
  }
}

/** Alone, on a database and topics of its own: `npx tsx scripts/bench/consumer-throughput.bench.ts`. */
async function runAlone(): Promise<void> {
  const infrastructure = loadInfrastructureConfig();
  const postgres = await ensurePostgres();
  await ensureKafka(infrastructure.kafkaBrokers);
  const runId = `bench-${Date.now().toString(36)}`;
  const ownTopicPrefix = `bench.${runId}.`;
  Object.assign(process.env, {
    CRM_TEST_ADMIN_URL: postgres.adminUrl,
    CRM_TEST_DATABASE: 'crm_bench_consumer',
    KAFKA_BROKERS: infrastructure.kafkaBrokers.join(','),
    CRM_TEST_RUN_ID: runId,
    KAFKA_TOPIC_PREFIX: ownTopicPrefix,
  });
  try {
    await withScratchDatabase(
      postgres.adminUrl,
      'crm_bench_consumer',
      benchConsumerThroughput,
      () => undefined,
    );
  } finally {
    await deleteTestRunKafka({ brokers: infrastructure.kafkaBrokers, runId, ownTopicPrefix });
    await postgres.stop();
  }
}

if (require.main === module) {
  runAlone().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
