import { randomUUID } from 'node:crypto';
import { Kafka, logLevel, type Consumer, type KafkaMessage } from 'kafkajs';
import {
  catalogueTopicOf,
  eventTopicSpec,
  firstFetchOf,
  kafkaTopicOf,
  provisionTopics,
} from '@crm/messaging';
import { readTestEnvironment } from './test-environment';

export interface ReceivedMessage {
  topic: string;
  partition: number;
  key: string | null;
  value: string;
  headers: KafkaMessage['headers'];
  /** When this probe got the message (Date.now()), for latency figures. */
  receivedAt: number;
}

/**
 * A real Kafka consumer on its own group, reading from the current end of the given topics:
 * tests see the messages exactly as data teams would.
 */
export class EventProbe {
  readonly messages: ReceivedMessage[] = [];
  private consumer: Consumer | undefined;

  static async start(topics: string[]): Promise<EventProbe> {
    const probe = new EventProbe();
    await probe.subscribe(topics);
    return probe;
  }

  private async subscribe(catalogueTopics: string[]): Promise<void> {
    const topics = catalogueTopics.map(kafkaTopicOf);
    const kafka = new Kafka({
      brokers: readTestEnvironment().kafkaBrokers.split(','),
      logLevel: logLevel.NOTHING,
    });
    await provisionTopics(kafka, topics.map(eventTopicSpec));
    // The run id in the group lets the global teardown delete it.
    const groupId = `crm-test-${readTestEnvironment().runId}-probe-${randomUUID()}`;
    this.consumer = kafka.consumer({ groupId, maxWaitTimeInMs: 250 });
    await this.consumer.connect();
    await this.consumer.subscribe({ topics, fromBeginning: false });
    const fetching = firstFetchOf(this.consumer);
    await this.consumer.run({
      eachMessage: async ({ topic, partition, message }) => {
        this.messages.push({
          topic: catalogueTopicOf(topic),
          partition,
          key: message.key?.toString() ?? null,
          value: message.value?.toString() ?? '',
          headers: message.headers,
          receivedAt: Date.now(),
        });
      },
    });
    await fetching;
  }

  async stop(): Promise<void> {
    await this.consumer?.disconnect();
  }
}
