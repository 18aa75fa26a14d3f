import type { Admin, Kafka } from 'kafkajs';
import { SERVICE_NAMES } from '@crm/config';
import { topicsOf } from '@crm/events';
import { backoffDelay, sleep } from './backoff';
import { deadLetterTopicOf } from './dead-letter';
import { isRetriableKafkaError } from './kafka-startup-retry';
import { kafkaTopicOf } from './topic-namespace';

/** A topic as the broker should hold it (its name already carries KAFKA_TOPIC_PREFIX). */
export interface TopicSpec {
  topic: string;
  partitions: number;
  retentionMs: number;
}

/** 3 partitions, so per-key ordering is exercised, not assumed. */
export const TOPIC_PARTITIONS = 3;
const DAY_MS = 24 * 60 * 60 * 1_000;
/** Domain events: a month for consumers to catch up or rebuild (the outbox keeps the full history). */
export const EVENT_RETENTION_MS = 30 * DAY_MS;
/** Dead letters wait for a person to look at them: longer than a holiday. */
export const DEAD_LETTER_RETENTION_MS = 90 * DAY_MS;
const LEADERS_WITHIN_MS = 60_000;

export const eventTopicSpec = (topic: string): TopicSpec => ({
  topic,
  partitions: TOPIC_PARTITIONS,
  retentionMs: EVENT_RETENTION_MS,
});

export const deadLetterTopicSpec = (topic: string): TopicSpec => ({
  topic,
  partitions: TOPIC_PARTITIONS,
  retentionMs: DEAD_LETTER_RETENTION_MS,
});

/** Every catalogue topic and the dead-letter topic of each consumer group, as the broker names them. */
export function platformTopicSpecs(consumerGroupIds: string[]): TopicSpec[] {
  const eventTopics = [...new Set(SERVICE_NAMES.flatMap(topicsOf))];
  return [
    ...eventTopics.map((topic) => eventTopicSpec(kafkaTopicOf(topic))),
    ...consumerGroupIds.map((groupId) => deadLetterTopicSpec(kafkaTopicOf(deadLetterTopicOf(groupId)))),
  ];
}

/**
 * Creates the topics that do not exist yet (with their partitions and retention) and returns
 * once every partition of every one of them has a leader. Idempotent, and safe beside other
 * creators: a topic someone else created meanwhile is waited for like our own.
 */
export async function provisionTopics(kafka: Kafka, specs: TopicSpec[]): Promise<void> {
  const topics = [...new Map(specs.map((spec) => [spec.topic, spec])).values()];
  if (topics.length === 0) return;
  const admin = kafka.admin();
  await admin.connect();
  try {
    await createMissingTopics(admin, topics);
    await waitForLeaders(
      admin,
      topics.map((spec) => spec.topic),
    );
  } finally {
    await admin.disconnect();
  }
}

async function createMissingTopics(admin: Admin, specs: TopicSpec[]): Promise<void> {
  const existing = new Set(await admin.listTopics());
  const missing = specs.filter((spec) => !existing.has(spec.topic));
  if (missing.length === 0) return;
  try {
    await admin.createTopics({
      waitForLeaders: true,
      topics: missing.map((spec) => ({
        topic: spec.topic,
        numPartitions: spec.partitions,
        configEntries: [{ name: 'retention.ms', value: String(spec.retentionMs) }],
      })),
    });
  } catch (error) {
    // kafkajs' own wait gives up on UNKNOWN_TOPIC_OR_PARTITION; ours below does not.
    if (!isRetriableKafkaError(error)) throw error;
  }
}

// kafkajs returns early from createTopics when a topic already exists, without waiting.
async function waitForLeaders(admin: Admin, topics: string[]): Promise<void> {
  const deadline = Date.now() + LEADERS_WITHIN_MS;
  for (let attempt = 0; ; attempt++) {
    const leaderless = await topicsWithoutLeaders(admin, topics);
    if (leaderless.length === 0) return;
    if (Date.now() >= deadline)
      throw new Error(
        `Kafka topics still without a partition leader after ${LEADERS_WITHIN_MS / 1000} s: ${leaderless.join(', ')}`,
      );
    await sleep(backoffDelay(attempt, 100, 1_000));
  }
}

async function topicsWithoutLeaders(admin: Admin, topics: string[]): Promise<string[]> {
  try {
    const metadata = await admin.fetchTopicMetadata({ topics });
    const partitionsOf = new Map(metadata.topics.map((topic) => [topic.name, topic.partitions]));
    return topics.filter((topic) => {
      const partitions = partitionsOf.get(topic) ?? [];
      return partitions.length === 0 || partitions.some((partition) => partition.leader < 0);
    });
  } catch (error) {
    if (isRetriableKafkaError(error)) return topics; // not in the broker's metadata yet
    throw error;
  }
}
