import { Kafka, logLevel } from 'kafkajs';
import { loadServiceConfig, SERVICE_NAMES } from '@crm/config';
import { platformTopicSpecs, provisionTopics, withKafkaStartupRetry } from '@crm/messaging';

/** The consumer group of every service as its own config reads it (KAFKA_GROUP_ID, else `crm.<service>`). */
export function serviceConsumerGroupIds(env: Record<string, string | undefined> = process.env): string[] {
  return SERVICE_NAMES.map((service) => loadServiceConfig(service, env).consumerGroupId);
}

/**
 * One idempotent step before any service starts: every catalogue topic and the dead-letter topic
 * of each given consumer group (under KAFKA_TOPIC_PREFIX), each partition with a leader. A fresh
 * broker answers before it can serve a new topic, so retriable errors are retried.
 */
export async function provisionPlatformTopics(
  brokers: string[],
  consumerGroupIds: string[],
  log: (message: string) => void = console.log,
): Promise<number> {
  const kafka = new Kafka({ clientId: 'crm-provision-topics', brokers, logLevel: logLevel.NOTHING });
  const specs = platformTopicSpecs(consumerGroupIds);
  await withKafkaStartupRetry('creating the Kafka topics', () => provisionTopics(kafka, specs), {
    warn: (details, message) => log(`${message} (${String((details as { err?: unknown }).err)})`),
  });
  return specs.length;
}
