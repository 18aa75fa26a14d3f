import { randomUUID } from 'node:crypto';
import type { Kafka } from 'kafkajs';
import type { DataSource } from 'typeorm';
import { analyticsEntities, analyticsEventHandlers, analyticsMigrations } from '@crm/analytics';
import { createServiceDataSource, newId, runMigrations } from '@crm/db';
import { buildEvent, type AnyCloudEvent } from '@crm/events';
import { createLogger } from '@crm/logger';
import {
  appendToOutbox,
  createKafka,
  eventTopicSpec,
  EventConsumer,
  InboxMessage,
  type EventConsumerOptions,
  kafkaTopicOf,
  MessagingTables1764000000000,
  OutboxMessage,
  OutboxRelay,
  provisionTopics,
} from '@crm/messaging';
import { deleteTestRunKafka, readTestEnvironment, testServiceEnv } from '@crm/platform-testing';
import { loadInfrastructureConfig } from '@crm/config';
import { ensureKafka, ensurePostgres } from '@crm/infra';
import { withScratchDatabase } from './bench-database';

/** Issue 16 item 6: the catch-up rate of a consumer joining behind a 100 000-event backlog. */
const BACKLOG = Number(process.env.CONSUMER_BENCH_BACKLOG ?? 100_000);
/** The old path is slow: a smaller backlog gives the same rate in a fraction of the time. */
const BASELINE_BACKLOG = Number(process.env.CONSUMER_BENCH_BASELINE_BACKLOG ?? 2_500);
/** Issue 16 item 6: commit → consumer lag at 1 000 events/s for 60 s. */
const SUSTAINED_RATE = Number(process.env.CONSUMER_BENCH_RATE ?? 1_000);
const SUSTAINED_SECONDS = Number(process.env.CONSUMER_BENCH_SECONDS ?? 60);
/** Events per committed transaction in the sustained run (a change and its follow-ups). */
const COMMIT_EVENTS = 5;
const TOPIC = 'crm.sales.opportunity.v1';

const logger = createLogger('consumer-bench', 'error');
const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

/** The reps the deals belong to, in turn: a sales team's roll-up rows, not one hot row. */
const OWNERS = Array.from({ length: 200 }, () => newId());
let dealsSoFar = 0;

/** Deals as sales publishes them: opened, moved on a stage, and every other one won. */
function dealEvents(count: number): AnyCloudEvent[] {
  const events: AnyCloudEvent[] = [];
  while (events.length < count) {
    const deal = dealsSoFar++;
    const ownerId = OWNERS[deal % OWNERS.length];
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

/**
 * Changes committed at a steady rate, `COMMIT_EVENTS` events per transaction as a service commits
 * them, published by the real outbox relay and applied by the consumer: from each commit to the
 * start of the transaction that applied its event.
 */
async function commitToAppliedLag(
  kafka: Kafka,
  dataSource: DataSource,
  databaseUrl: string,
  seconds: number,
) {
  return withOwnTopics('sustained', async (topic) => {
    await provisionTopics(kafka, [eventTopicSpec(topic)]);
    await dataSource.query('DELETE FROM outbox');
    const consumer = consumerOf(kafka, dataSource, 'sustained');
    const relay = new OutboxRelay({ databaseUrl, schema: 'analytics', kafka, logger, pollIntervalMs: 1_000 });
    // The committing service's own connections, as sales would have them.
    const writer = createServiceDataSource({
      url: databaseUrl,
      schema: 'analytics',
      entities: [OutboxMessage],
      migrations: [],
      applicationName: 'crm-consumer-bench-writer',
    });
    await Promise.all([writer.initialize(), consumer.start()]);
    relay.start();
    try {
      // One commit per tick, each tick's time fixed from the start so that delays do not add up.
      const tickMs = (1000 * COMMIT_EVENTS) / SUSTAINED_RATE;
      const ticks = Math.round((seconds * 1000) / tickMs);
      const committedAt = new Map<string, number>();
      const commits: Promise<void>[] = [];
      const begun = Date.now();
      for (let tick = 0; tick < ticks; tick++) {
        const events = dealEvents(COMMIT_EVENTS);
        commits.push(
          writer
            .transaction((manager) => appendToOutbox(manager, events))
            .then(() => events.forEach((event) => committedAt.set(event.id, Date.now()))),
        );
        const next = begun + (tick + 1) * tickMs;
        await new Promise((resolve) => setTimeout(resolve, Math.max(0, next - Date.now())));
      }
      await Promise.all(commits);
      const achievedRate = Math.round(committedAt.size / ((Date.now() - begun) / 1000));
      await waitUntilApplied(dataSource, topic, committedAt.size);
      const rows: { event_id: string; applied_at: Date }[] = await dataSource.query(
        'SELECT event_id, applied_at FROM inbox WHERE topic = $1',
        [topic],
      );
      const lags = rows
        .map((row) => row.applied_at.getTime() - committedAt.get(row.event_id)!)
        .sort((a, b) => a - b);
      // The relay marks a row sent once Kafka acknowledged it: commit → on the topic.
      const sent: { event_id: string; sent_at: Date }[] = await dataSource.query(
        'SELECT event_id, sent_at FROM outbox WHERE sent_at IS NOT NULL',
      );
      const onTopic = sent
        .map((row) => row.sent_at.getTime() - committedAt.get(row.event_id)!)
        .sort((a, b) => a - b);
      return { lags, onTopic, achievedRate };
    } finally {
      await relay.stop();
      await consumer.stop();
      await writer.destroy();
    }
  });
}

/**
 * `npm run bench`, event flow: opportunity events (created, stage changed, won) applied by the real
 * analytics handlers into the analytics schema. First a backlog caught up in batches, next to the
 * old path (one message per transaction) on the same machine in the same run; then changes
 * committed at a steady rate through the outbox relay, with the lag from commit to applying.
 * `quick` shrinks the backlog and the steady run to a tenth and a quarter.
 */
export async function benchConsumerThroughput(quick = false): Promise<void> {
  console.log(`\n== event flow: outbox relay and analytics consumer ==`);
  const databaseUrl = testServiceEnv('analytics', 'consumer-bench').DATABASE_URL;
  const dataSource = createServiceDataSource({
    url: databaseUrl,
    schema: 'analytics',
    entities: [OutboxMessage, InboxMessage, ...analyticsEntities],
    migrations: [MessagingTables1764000000000, ...analyticsMigrations],
    applicationName: 'crm-consumer-bench',
  });
  await dataSource.initialize();
  const kafka = createKafka('consumer-bench', readTestEnvironment().kafkaBrokers.split(','), logger);
  try {
    await runMigrations(dataSource);
    const backlog = quick ? BACKLOG / 10 : BACKLOG;
    const baseline = await backlogRate(
      kafka,
      dataSource,
      'one-by-one',
      BASELINE_BACKLOG,
      ONE_MESSAGE_PER_TRANSACTION,
    );
    const batched = await backlogRate(kafka, dataSource, 'batched', backlog);
    console.log(`catch-up, batches   ${batched} events/s   (a backlog of ${backlog} events)`);
    console.log(
      `catch-up, one per tx ${baseline} events/s   (${BASELINE_BACKLOG} events, one partition at a time: ` +
        `the path before batches, baseline)   batch gain ${(batched / Math.max(baseline, 1)).toFixed(1)}×`,
    );
    const seconds = quick ? SUSTAINED_SECONDS / 4 : SUSTAINED_SECONDS;
    const { lags, onTopic, achievedRate } = await commitToAppliedLag(kafka, dataSource, databaseUrl, seconds);
    console.log(
      `steady ${SUSTAINED_RATE}/s for ${seconds} s (committed ${achievedRate}/s, ${COMMIT_EVENTS} per transaction): ` +
        `commit → applied lag p50 ${Math.round(percentile(lags, 50))} ms   p99 ${Math.round(percentile(lags, 99))} ms   ` +
        `max ${Math.round(lags.at(-1) ?? 0)} ms   (goal p99 ≤ 50 ms)`,
    );
    console.log(
      `  of which commit → on the topic (the relay's publish acknowledged): p50 ${Math.round(percentile(onTopic, 50))} ms   ` +
        `p99 ${Math.round(percentile(onTopic, 99))} ms`,
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
      () => benchConsumerThroughput(process.argv.includes('--quick')),
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
