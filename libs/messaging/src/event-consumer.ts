import { Partitioners, type Consumer, type Kafka, type Producer } from 'kafkajs';
import type { DataSource } from 'typeorm';
import { topicOf, type EventType } from '@crm/events';
import type { Logger } from '@crm/logger';
import { backoffDelay } from './backoff';
import { BatchConsumption } from './batch-consumption';
import { deadLetterTopicOf } from './dead-letter';
import type { EventHandlers } from './event-handler';
import { UNOBSERVED, type MessagingObserver } from './messaging-observer';
import { failureSummary } from './failure-kind';
import { firstFetchOf } from './first-fetch';
import {
  CONSUMER_HEARTBEAT_INTERVAL_MS,
  CONSUMER_SESSION_TIMEOUT_MS,
  JOIN_RETRY_BASE_MS,
  JOIN_RETRY_MAX_MS,
} from './group-session';
import { partHealth, type PartHealth } from './part-health';
import { PartitionPauses } from './partition-pauses';
import { deadLetterTopicSpec, eventTopicSpec, provisionTopics, TOPIC_PARTITIONS } from './topic-provisioning';
import { kafkaTopicOf } from './topic-namespace';

export interface EventConsumerOptions {
  kafka: Kafka;
  dataSource: DataSource;
  groupId: string;
  startFrom: 'earliest' | 'latest';
  handlers: EventHandlers;
  logger: Logger;
  /** Tries of a message that fails deterministically (a rule rejects it) before the DLQ. */
  maxAttempts?: number;
  retryBaseMs?: number;
  /** Events applied per transaction (default 500); 1 applies one message per transaction. */
  maxBatchSize?: number;
  /** Partitions applied side by side, each in its order (default: the partitions of a topic). */
  partitionsInParallel?: number;
  observer?: MessagingObserver;
}

const DEFAULT_MAX_BATCH_SIZE = 500;

/**
 * Consumes other services' events as one consumer group, in batches: one transaction per batch
 * records the events in the inbox and applies the new ones, so a redelivery changes nothing
 * (DESIGN §4). A message that fails deterministically is retried, then parked in `<group>.dlq`; an
 * outage (database or Kafka away, deadlock, pool exhausted) pauses the partition until it is over.
 * Joining the group retries until it succeeds, so a service can start while Kafka is down.
 */
export class EventConsumer {
  private consumer: Consumer | undefined;
  private producer: Producer | undefined;
  private joined = false;
  private stopped = false;
  private joining: Promise<void> | undefined;
  private wakeUp: (() => void) | undefined;
  private abortJoining: (() => void) | undefined;
  private currentHealth: PartHealth = partHealth('starting');
  private readonly pauses = new PartitionPauses();
  private readonly consumption: BatchConsumption;

  constructor(private readonly options: EventConsumerOptions) {
    this.consumption = new BatchConsumption({
      dataSource: options.dataSource,
      groupId: options.groupId,
      handlers: options.handlers,
      logger: options.logger,
      maxBatchSize: options.maxBatchSize ?? DEFAULT_MAX_BATCH_SIZE,
      maxAttempts: options.maxAttempts ?? 5,
      retryBaseMs: options.retryBaseMs ?? 200,
      pauses: this.pauses,
      deadLetterProducer: () => this.producer as Producer,
      observer: options.observer ?? UNOBSERVED,
      onPaused: (report) => {
        this.setHealth('paused', this.pauses.summary);
        this.options.logger.warn(
          report,
          'applying events failed transiently; partition paused until it works',
        );
      },
      onApplied: (partition) => {
        this.pauses.recovered(partition);
        if (this.currentHealth.state === 'paused') this.refreshPausedHealth();
      },
    });
  }

  get hasJoinedGroup(): boolean {
    return this.joined;
  }

  /** `paused` (with the outage it waits out) while a partition waits; what `/readyz` shows. */
  get health(): PartHealth {
    if (this.subscribedTopics().length === 0) return partHealth('idle', 'consumes no event');
    return this.currentHealth;
  }

  /**
   * Joins the group, trying again with backoff for as long as it takes (Kafka down, topics without
   * leaders); resolves once joined, or when `stop()` is called meanwhile.
   */
  start(): Promise<void> {
    if (this.subscribedTopics().length === 0) return Promise.resolve();
    this.stopped = false;
    return this.beginJoining();
  }

  /** Leaves the group (its partitions move to the other members at once) and waits for the batch in hand. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.wakeUp?.();
    this.abortJoining?.();
    this.pauses.cancelAll();
    await this.disconnect();
    await this.joining;
    this.setHealth('stopped');
  }

  private beginJoining(): Promise<void> {
    this.joining ??= this.joinUntilJoined().finally(() => (this.joining = undefined));
    return this.joining;
  }

  private async joinUntilJoined(): Promise<void> {
    const { groupId, logger } = this.options;
    for (let attempt = 1; !this.stopped; attempt++) {
      try {
        await this.join(this.subscribedTopics());
        if (this.stopped) await this.disconnect();
        return;
      } catch (error) {
        await this.disconnect().catch(() => undefined);
        if (this.stopped) return;
        const retryInMs = backoffDelay(attempt - 1, JOIN_RETRY_BASE_MS, JOIN_RETRY_MAX_MS);
        this.setHealth('starting', `cannot join consumer group ${groupId}: ${failureSummary(error)}`);
        logger.warn(
          { err: error, attempt, retryInMs },
          `consumer group ${groupId}: joining failed; retrying`,
        );
        await this.waitUnlessStopped(retryInMs);
      }
    }
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
    const consumer = kafka.consumer({
      groupId,
      sessionTimeout: CONSUMER_SESSION_TIMEOUT_MS,
      heartbeatInterval: CONSUMER_HEARTBEAT_INTERVAL_MS,
      // A short fetch wait keeps shutdown quick (disconnect waits for the fetch in flight).
      maxWaitTimeInMs: 1_000,
    });
    this.consumer = consumer;
    consumer.on(consumer.events.GROUP_JOIN, () => {
      this.joined = true;
      this.pauses.forgetAll(); // a new assignment: pauses of partitions now elsewhere are not ours
      this.setHealth('running');
    });
    const crashed = this.watchForCrashes(consumer);
    await consumer.connect();
    // fromBeginning only decides where a group with no committed offset starts.
    await consumer.subscribe({ topics, fromBeginning: startFrom === 'earliest' });
    const fetching = firstFetchOf(consumer);
    fetching.catch(() => undefined); // awaited below unless run() throws first
    await consumer.run({
      // Partitions apply side by side, each in order: one waits on Postgres while another runs handlers.
      partitionsConsumedConcurrently: this.options.partitionsInParallel ?? TOPIC_PARTITIONS,
      eachBatchAutoResolve: false,
      eachBatch: (payload) => this.consumption.consume(payload),
    });
    await Promise.race([fetching, crashed.beforeJoined]);
    crashed.joined();
  }

  /**
   * kafkajs restarts a consumer after a retriable crash by itself; after any other crash (the
   * broker gone for longer than its retries) this consumer joins again, in the background.
   */
  private watchForCrashes(consumer: Consumer) {
    let joined = false;
    let failJoin: (error: unknown) => void = () => undefined;
    const beforeJoined = new Promise<never>((_, reject) => (failJoin = reject));
    beforeJoined.catch(() => undefined);
    // stop() while joining: no need to wait for a first fetch that will not come.
    this.abortJoining = () => failJoin(new Error('stopped while joining'));
    consumer.on(consumer.events.CRASH, ({ payload }) => {
      if (!joined && !payload.restart) return failJoin(payload.error);
      if (this.stopped || consumer !== this.consumer) return;
      if (payload.restart) {
        // GROUP_JOIN sets it running again.
        return this.setHealth(
          'starting',
          `kafkajs restarts the consumer after: ${failureSummary(payload.error)}`,
        );
      }
      this.setHealth('starting', `rejoining after a crash: ${failureSummary(payload.error)}`);
      void this.disconnect()
        .catch(() => undefined)
        .then(() => this.beginJoining());
    });
    return { beforeJoined, joined: () => (joined = true) };
  }

  private async disconnect(): Promise<void> {
    const { consumer, producer } = this;
    this.consumer = undefined;
    this.producer = undefined;
    this.joined = false;
    await consumer?.disconnect();
    await producer?.disconnect();
  }

  private waitUnlessStopped(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, ms);
      this.wakeUp = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  }

  private refreshPausedHealth(): void {
    const waiting = this.pauses.summary;
    this.setHealth(waiting ? 'paused' : 'running', waiting);
  }

  /** Keeps `since` while the state stays the same, so `/readyz` tells how long an outage lasts. */
  private setHealth(state: PartHealth['state'], detail?: string): void {
    const since = this.currentHealth.state === state ? this.currentHealth.since : undefined;
    this.currentHealth = { ...partHealth(state, detail), ...(since ? { since } : {}) };
  }

  private subscribedTopics(): string[] {
    const types = Object.keys(this.options.handlers) as EventType[];
    return [...new Set(types.map((type) => kafkaTopicOf(topicOf(type))))];
  }
}
