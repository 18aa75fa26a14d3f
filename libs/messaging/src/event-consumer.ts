import { Partitioners, type Consumer, type EachMessagePayload, type Kafka, type Producer } from 'kafkajs';
import type { DataSource } from 'typeorm';
import { parseEvent, topicOf, type AnyCloudEvent, type EventType } from '@crm/events';
import type { Logger } from '@crm/logger';
import { backoffDelay, sleep } from './backoff';
import { deadLetterTopicOf, sendToDeadLetterTopic } from './dead-letter';
import type { EventHandlers, HandlerOf } from './event-handler';
import { withKafkaStartupRetry } from './kafka-startup-retry';
import { deadLetterTopicSpec, eventTopicSpec, provisionTopics } from './topic-provisioning';
import { kafkaTopicOf } from './topic-namespace';
import { firstFetchOf } from './first-fetch';
import { partHealth, type PartHealth } from './part-health';

export interface EventConsumerOptions {
  kafka: Kafka;
  dataSource: DataSource;
  groupId: string;
  startFrom: 'earliest' | 'latest';
  handlers: EventHandlers;
  logger: Logger;
  maxAttempts?: number;
  retryBaseMs?: number;
}

/**
 * Consumes other services' events as one consumer group. Each message is applied in one
 * transaction that also inserts its id into the inbox, so a redelivery changes nothing.
 * Failures are retried with backoff; a message that keeps failing goes to `<group>.dlq`
 * and the partition moves on (DESIGN §4).
 */
export class EventConsumer {
  private consumer: Consumer | undefined;
  private producer: Producer | undefined;
  private joined = false;
  private currentHealth: PartHealth = partHealth('starting');

  constructor(private readonly options: EventConsumerOptions) {}

  get hasJoinedGroup(): boolean {
    return this.joined;
  }

  get health(): PartHealth {
    if (this.subscribedTopics().length === 0) return partHealth('idle', 'consumes no event');
    return this.joined ? partHealth('running') : this.currentHealth;
  }

  /** Joins the group; a retriable Kafka error (a topic still without a leader) starts over. */
  async start(): Promise<void> {
    const topics = this.subscribedTopics();
    if (topics.length === 0) return;
    await withKafkaStartupRetry(
      `consumer group ${this.options.groupId}: joining`,
      () =>
        this.join(topics).catch(async (error: unknown) => {
          await this.stop().catch(() => undefined);
          throw error;
        }),
      this.options.logger,
    );
  }

  private async join(topics: string[]): Promise<void> {
    const { kafka, groupId, startFrom } = this.options;
    await provisionTopics(kafka, [
      ...topics.map(eventTopicSpec),
      deadLetterTopicSpec(kafkaTopicOf(deadLetterTopicOf(groupId))),
    ]);
    this.producer = kafka.producer({
      idempotent: true,
      maxInFlightRequests: 1,
      createPartitioner: Partitioners.DefaultPartitioner,
    });
    await this.producer.connect();
    // A short fetch wait keeps shutdown quick (disconnect waits for the fetch in flight).
    this.consumer = kafka.consumer({ groupId, maxWaitTimeInMs: 1_000 });
    this.consumer.on(this.consumer.events.GROUP_JOIN, () => (this.joined = true));
    await this.consumer.connect();
    // fromBeginning only decides where a group with no committed offset starts.
    await this.consumer.subscribe({ topics, fromBeginning: startFrom === 'earliest' });
    const fetching = firstFetchOf(this.consumer);
    await this.consumer.run({ eachMessage: (payload) => this.consume(payload) });
    await fetching;
  }

  /** Waits for the message in hand to finish; kafkajs commits what was applied. */
  async stop(): Promise<void> {
    await this.consumer?.disconnect();
    await this.producer?.disconnect();
    this.joined = false;
  }

  private subscribedTopics(): string[] {
    const types = Object.keys(this.options.handlers) as EventType[];
    return [...new Set(types.map((type) => kafkaTopicOf(topicOf(type))))];
  }

  private async consume({ topic, partition, message, heartbeat }: EachMessagePayload): Promise<void> {
    const maxAttempts = this.options.maxAttempts ?? 5;
    let event: AnyCloudEvent;
    try {
      event = parseEvent(message.value ?? '');
    } catch (error) {
      return this.deadLetter({ topic, partition, message, error, attempts: 0 });
    }
    const handler = this.options.handlers[event.type] as HandlerOf | undefined;
    if (!handler) return;
    for (let attempt = 1; ; attempt++) {
      try {
        await this.applyOnce(event, topic, handler);
        return;
      } catch (error) {
        if (attempt >= maxAttempts)
          return this.deadLetter({ topic, partition, message, error, attempts: attempt });
        this.options.logger.warn(
          { err: error, eventId: event.id, attempt },
          'event handler failed; retrying',
        );
        await sleep(backoffDelay(attempt, this.options.retryBaseMs ?? 200, 5_000));
        await heartbeat();
      }
    }
  }

  private async applyOnce(event: AnyCloudEvent, topic: string, handler: HandlerOf): Promise<void> {
    await this.options.dataSource.transaction(async (manager) => {
      const inserted: unknown[] = await manager.query(
        'INSERT INTO inbox (event_id, event_type, topic) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING event_id',
        [event.id, event.type, topic],
      );
      if (inserted.length === 0) return; // already applied: a redelivery
      await handler(event, manager);
    });
  }

  private async deadLetter(
    letter: Omit<Parameters<typeof sendToDeadLetterTopic>[1], 'groupId'>,
  ): Promise<void> {
    const { groupId, logger } = this.options;
    logger.error(
      { err: letter.error, topic: letter.topic, offset: letter.message.offset },
      'event sent to the dead-letter topic',
    );
    await sendToDeadLetterTopic(this.producer as Producer, { ...letter, groupId });
  }
}
