import type { Admin } from 'kafkajs';
import type { DataSource } from 'typeorm';
import type { ServiceConfig } from '@crm/config';
import { topicsOf } from '@crm/events';
import type { Logger } from '@crm/logger';
import { runAsService } from '@crm/telemetry';
import {
  createKafka,
  eventTopicSpec,
  EventConsumer,
  kafkaTopicOf,
  OutboxRelay,
  partHealth,
  provisionTopics,
  type EventHandlers,
  type MessagingObserver,
  type PartHealth,
} from '@crm/messaging';

const RETRY_BASE_MS = 500;
const RETRY_MAX_MS = 15_000;

export interface MessagingOptions {
  config: ServiceConfig;
  dataSource: DataSource;
  handlers: EventHandlers;
  logger: Logger;
  observer: MessagingObserver;
}

/**
 * A subgraph's Kafka side, started without blocking the API: it creates the service's topics
 * (retrying for as long as Kafka is unreachable), then runs the outbox relay and the event
 * consumer, which reconnect by themselves. Until then, writes keep committing their events to the
 * outbox; nothing is lost, only delayed.
 */
export class BackgroundMessaging {
  private readonly relay: OutboxRelay;
  private readonly consumer: EventConsumer;
  /** Asks Kafka for `/readyz`, without request retries (the check has its own 2 s bound). */
  private readonly probe: Admin;
  private readonly provision: () => Promise<void>;
  private topics: PartHealth = partHealth('starting', 'creating the topics of this service');
  private stopped = false;
  private ping: Promise<void> | undefined;
  private wake: (() => void) | undefined;
  private announceJoining: (started: Promise<void>) => void = () => undefined;
  /** Adopts the consumer's `start()` once the topics exist. */
  private readonly joining = new Promise<void>((resolve) => (this.announceJoining = resolve));

  constructor(private readonly options: MessagingOptions) {
    const { config, dataSource, handlers, logger, observer } = options;
    const kafka = createKafka(`crm-${config.service}`, config.kafkaBrokers, logger);
    this.probe = kafka.admin({ retry: { retries: 0 } });
    this.relay = new OutboxRelay({
      databaseUrl: config.databaseUrl,
      schema: config.service,
      kafka,
      logger,
      pollIntervalMs: config.outboxPollIntervalMs,
      observer,
    });
    this.consumer = new EventConsumer({
      kafka,
      dataSource,
      groupId: config.consumerGroupId,
      startFrom: config.consumerStartFrom,
      handlers,
      logger,
      observer,
    });
    const ownTopics = topicsOf(config.service).map((topic) => eventTopicSpec(kafkaTopicOf(topic)));
    this.provision = () => provisionTopics(kafka, ownTopics);
    // Only a service whose consumer reads from the latest offset waits for it; startParts logs a failure.
    this.joining.catch(() => undefined);
  }

  /** Returns at once; the work goes on in the background until `stop()`. */
  start(): void {
    // The relay's and the consumer's spans say whose they are, even with every service in one process.
    runAsService(this.options.config.service, () => void this.startParts());
  }

  /** Settles once the consumer has joined its group and fetched (or failed to). */
  consuming(): Promise<void> {
    return this.joining;
  }

  /** Each part as `/readyz` shows it. */
  health(): Record<string, PartHealth> {
    const waiting = this.topics.state !== 'running' ? this.topics : undefined;
    return {
      topics: this.topics,
      relay: waiting ?? this.relay.health,
      consumer: waiting ?? this.consumer.health,
    };
  }

  /** Answers when a broker answers now; probes asking meanwhile share the attempt in flight. */
  pingKafka(): Promise<void> {
    this.ping ??= this.askKafka().finally(() => (this.ping = undefined));
    return this.ping;
  }

  private async askKafka(): Promise<void> {
    await this.probe.connect();
    await this.probe.describeCluster();
  }

  /**
   * Creating topics may wait seconds on kafkajs' connection retries; that attempt notices
   * `stopped` and starts nothing, so stopping does not wait for it.
   */
  async stop(): Promise<void> {
    this.stopped = true;
    this.wake?.();
    await this.consumer.stop();
    await this.relay.stop();
    await this.probe.disconnect();
  }

  private async startParts(): Promise<void> {
    if (!(await this.provisionTopicsUntilDone()) || this.stopped) return;
    this.relay.start();
    // The consumer joins its group in the background; the API never waits for a rebalance.
    const started = this.consumer.start();
    started.catch((error: unknown) => {
      this.options.logger.error({ err: error }, 'the event consumer could not join its group');
    });
    this.announceJoining(started);
  }

  /** False when stopped before Kafka answered. */
  private async provisionTopicsUntilDone(): Promise<boolean> {
    for (let attempt = 0; !this.stopped; attempt++) {
      try {
        await this.provision();
        this.topics = partHealth('running');
        return true;
      } catch (error) {
        const retryInMs = Math.min(RETRY_BASE_MS * 2 ** attempt, RETRY_MAX_MS);
        const reason = error instanceof Error ? error.message : String(error);
        this.topics = partHealth('failing', `Kafka: ${reason}; retrying in ${retryInMs} ms`);
        this.options.logger.warn(
          { err: error, retryInMs },
          'creating topics failed; the API serves meanwhile',
        );
        await this.idle(retryInMs);
      }
    }
    return false;
  }

  private idle(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.wake = done;
    });
  }
}
