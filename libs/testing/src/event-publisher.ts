import { Kafka, logLevel, Partitioners, type Producer } from 'kafkajs';
import { CLOUD_EVENT_CONTENT_TYPE, topicOf, type AnyCloudEvent } from '@crm/events';
import { eventTopicSpec, kafkaTopicOf, provisionTopics } from '@crm/messaging';
import { readTestEnvironment } from './test-environment';

/**
 * Publishes catalogue events to their real topics, keyed and encoded as a service's outbox relay
 * would: for tests of consumers whose producer lives in another domain.
 */
export class EventPublisher {
  private constructor(
    private readonly kafka: Kafka,
    private readonly producer: Producer,
  ) {}

  static async start(): Promise<EventPublisher> {
    const kafka = new Kafka({
      brokers: readTestEnvironment().kafkaBrokers.split(','),
      logLevel: logLevel.NOTHING,
    });
    const producer = kafka.producer({ createPartitioner: Partitioners.DefaultPartitioner });
    await producer.connect();
    return new EventPublisher(kafka, producer);
  }

  async publish(...events: AnyCloudEvent[]): Promise<void> {
    await provisionTopics(
      this.kafka,
      events.map((event) => eventTopicSpec(kafkaTopicOf(topicOf(event.type)))),
    );
    for (const event of events)
      await this.producer.send({
        topic: kafkaTopicOf(topicOf(event.type)),
        acks: -1,
        messages: [
          {
            key: event.subject,
            value: JSON.stringify(event),
            headers: { 'content-type': CLOUD_EVENT_CONTENT_TYPE, ce_type: event.type },
          },
        ],
      });
  }

  async stop(): Promise<void> {
    await this.producer.disconnect();
  }
}
