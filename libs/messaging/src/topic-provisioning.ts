import { ConfigResourceTypes, type Admin, type Kafka } from 'kafkajs';
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
/**
 * Domain events are kept for ever (`retention.ms=-1`): read models (analytics' rebuild) replay them
 * from the first, so the broker's default of 7 days would lose data. Not compacted: compaction keeps
 * only the last event per key, and a replay needs every stage change, merge and payment.
 */
export const EVENT_RETENTION_MS = -1;
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
 * Creates the topics that do not exist yet (with their partitions and retention), sets the
 * retention of those that exist with another one, and returns once every partition of every one of
 * them has a leader. Idempotent, and safe beside other creators: a topic someone else created
 * meanwhile is waited for like our own.
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
    await alignRetention(admin, topics);
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

/** Topics made before (e.g. with the former 30 days of events) take the retention of their spec. */
async function alignRetention(admin: Admin, specs: TopicSpec[]): Promise<void> {
  const { resources } = await admin.describeConfigs({
    includeSynonyms: false,
    resources: specs.map((spec) => ({
      type: ConfigResourceTypes.TOPIC,
      name: spec.topic,
      configNames: ['retention.ms'],
    })),
  });
  const current = new Map(
    resources.map((resource) => [resource.resourceName, resource.configEntries[0]?.configValue]),
  );
  const stale = specs.filter((spec) => current.get(spec.topic) !== String(spec.retentionMs));
  if (stale.length === 0) return;
  await admin.alterConfigs({
    validateOnly: false,
    resources: stale.map((spec) => ({
      type: ConfigResourceTypes.TOPIC,
      name: spec.topic,
      // alterConfigs replaces the topic's whole set of overrides: retention is the only one we set.
      configEntries: [{ name: 'retention.ms', value: String(spec.retentionMs) }],
    })),
  });
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
