import { Client } from 'pg';
import { Partitioners, type Kafka, type Message, type Producer } from 'kafkajs';
import type { Logger } from '@crm/logger';
import { backoffDelay } from './backoff';
import { UNOBSERVED, type MessagingObserver } from './messaging-observer';
import { outboxChannelOf } from './outbox-channel';
import { OutboxPublishSpans } from './outbox-publish-spans';
import { partHealth, type PartHealth } from './part-health';
import { kafkaTopicOf } from './topic-namespace';

export interface OutboxRelayOptions {
  databaseUrl: string;
  schema: string;
  kafka: Kafka;
  logger: Logger;
  /** How long to sleep without a notification before looking anyway. */
  pollIntervalMs: number;
  batchSize?: number;
  observer?: MessagingObserver;
}

interface PendingRow {
  position: string;
  topic: string;
  message_key: string;
  event_type: string;
  payload: object;
}

const STANDBY_RETRY_MS = 2_000;
const MAX_BACKOFF_MS = 30_000;

/**
 * Publishes a service's outbox to Kafka in commit order. One relay per service is active at a
 * time: it holds a session advisory lock, so a standby replica takes over when the active
 * one's connection dies. The producer is idempotent with one request in flight, so retries
 * cannot reorder messages; a row is marked sent only after Kafka acknowledged it.
 */
export class OutboxRelay {
  private readonly batchSize: number;
  private client: Client | undefined;
  private producer: Producer | undefined;
  private active = false;
  private stopped = false;
  private failures = 0;
  private wake: (() => void) | undefined;
  /** A notification came since the last look at the outbox: rows may wait, do not idle. */
  private notified = false;
  private loop: Promise<void> | undefined;

  constructor(private readonly options: OutboxRelayOptions) {
    this.batchSize = options.batchSize ?? 500;
  }

  get isActive(): boolean {
    return this.active;
  }

  get health(): PartHealth {
    if (this.stopped) return partHealth('stopped');
    if (this.failures > 0) return partHealth('failing', `${this.failures} failed attempts in a row`);
    return partHealth(this.active ? 'running' : 'standby');
  }

  start(): void {
    this.loop = this.run();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.wake?.();
    await this.loop;
    await this.disconnect();
  }

  private async run(): Promise<void> {
    while (!this.stopped) {
      try {
        if (!(await this.becomeActive())) {
          await this.idle(STANDBY_RETRY_MS);
          continue;
        }
        this.notified = false;
        const sent = await this.publishPendingBatch();
        this.failures = 0;
        if (sent < this.batchSize && !this.notified) await this.idle(this.options.pollIntervalMs);
      } catch (error) {
        const delay = backoffDelay(this.failures++, 500, MAX_BACKOFF_MS);
        this.options.logger.warn(
          { err: error, retryInMs: delay },
          'outbox relay failed; pending events stay in the outbox',
        );
        await this.disconnect();
        await this.idle(delay);
      }
    }
  }

  private async becomeActive(): Promise<boolean> {
    if (this.active) return true;
    const client = await this.connect();
    const lock = await client.query<{ locked: boolean }>(
      'SELECT pg_try_advisory_lock(hashtext($1)) AS locked',
      [`outbox-relay:${this.options.schema}`],
    );
    if (!lock.rows[0].locked) return false;
    await client.query(`LISTEN ${client.escapeIdentifier(outboxChannelOf(this.options.schema))}`);
    this.active = true;
    this.options.logger.info('outbox relay is active');
    return true;
  }

  private async connect(): Promise<Client> {
    if (this.client) return this.client;
    const client = new Client({
      connectionString: this.options.databaseUrl,
      application_name: 'outbox-relay',
    });
    client.on('notification', () => {
      this.notified = true;
      this.wake?.();
    });
    // A lost connection also loses the lock: start over, possibly as standby.
    client.on('error', (error) => {
      this.options.logger.warn({ err: error }, 'outbox relay lost its database connection');
      this.client = undefined;
      this.active = false;
      this.wake?.();
    });
    await client.connect();
    this.client = client;
    return client;
  }

  private async publishPendingBatch(): Promise<number> {
    const client = await this.connect();
    const { rows } = await client.query<PendingRow>(
      `SELECT position, topic, message_key, event_type, payload FROM ${client.escapeIdentifier(this.options.schema)}.outbox
        WHERE sent_at IS NULL ORDER BY position LIMIT $1`,
      [this.batchSize],
    );
    if (rows.length === 0) return 0;
    const producer = await this.connectedProducer();
    const spans = new OutboxPublishSpans(rows, kafkaTopicOf);
    const topicMessages = groupByTopic(rows, spans);
    await spans.around(() => producer.sendBatch({ acks: -1, topicMessages }));
    await client.query(
      `UPDATE ${client.escapeIdentifier(this.options.schema)}.outbox SET sent_at = now() WHERE position = ANY($1::bigint[])`,
      [rows.map((row) => row.position)],
    );
    const observer = this.options.observer ?? UNOBSERVED;
    for (const { topic, messages } of topicMessages) observer.published(topic, messages.length);
    return rows.length;
  }

  private async connectedProducer(): Promise<Producer> {
    if (this.producer) return this.producer;
    const producer = this.options.kafka.producer({
      // Murmur2 on the key, as the Java client: other producers of these topics agree on partitions.
      createPartitioner: Partitioners.DefaultPartitioner,
      idempotent: true,
      maxInFlightRequests: 1,
      retry: { retries: 3 },
    });
    await producer.connect();
    this.producer = producer;
    return producer;
  }

  private idle(ms: number): Promise<void> {
    if (this.stopped) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.wake = done;
    });
  }

  private async disconnect(): Promise<void> {
    const { client, producer } = this;
    this.client = undefined;
    this.producer = undefined;
    this.active = false;
    await producer?.disconnect().catch(() => undefined);
    await client?.end().catch(() => undefined);
  }
}

/** Keeps the outbox order inside each topic (and so inside each key's partition). */
function groupByTopic(
  rows: PendingRow[],
  spans: OutboxPublishSpans,
): { topic: string; messages: Message[] }[] {
  const byTopic = new Map<string, Message[]>();
  for (const [index, row] of rows.entries()) {
    const messages = byTopic.get(row.topic) ?? [];
    messages.push({
      key: row.message_key,
      value: JSON.stringify(row.payload),
      headers: {
        'content-type': 'application/cloudevents+json',
        ce_type: row.event_type,
        ...spans.headersOf(index),
      },
    });
    byTopic.set(row.topic, messages);
  }
  return [...byTopic].map(([topic, messages]) => ({ topic: kafkaTopicOf(topic), messages }));
}
