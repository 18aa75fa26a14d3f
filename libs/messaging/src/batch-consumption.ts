import type { EachBatchPayload, KafkaMessage, Producer } from 'kafkajs';
import type { DataSource } from 'typeorm';
import { parseEvent } from '@crm/events';
import type { Logger } from '@crm/logger';
import { backoffDelay, sleep } from './backoff';
import { applyInOneTransaction, type ApplicableEvent } from './batch-applier';
import { sendToDeadLetterTopic } from './dead-letter';
import type { EventHandlers, HandlerOf } from './event-handler';
import type { MessagingObserver } from './messaging-observer';
import { traceHeadersOf } from './event-process-span';
import { failureKindOf, failureSummary } from './failure-kind';
import type { PartitionPauses, PauseReport } from './partition-pauses';

export interface BatchConsumptionOptions {
  dataSource: DataSource;
  groupId: string;
  handlers: EventHandlers;
  logger: Logger;
  /** Events applied per transaction; 1 is the one-message-per-transaction path (the bench's baseline). */
  maxBatchSize: number;
  /** Tries of a message that fails deterministically before it goes to the DLQ. */
  maxAttempts: number;
  retryBaseMs: number;
  pauses: PartitionPauses;
  /** The producer that parks messages in `<group>.dlq`. */
  deadLetterProducer: () => Producer;
  onPaused: (report: PauseReport) => void;
  onApplied: (partition: string) => void;
  observer: MessagingObserver;
}

/** A message as read: an event to apply, one nobody here handles, or one that is not a valid event. */
type ReadMessage =
  | { message: KafkaMessage; kind: 'apply'; applicable: ApplicableEvent }
  | { message: KafkaMessage; kind: 'skip' }
  | { message: KafkaMessage; kind: 'invalid'; error: unknown };

type Outcome = 'applied' | 'waiting';

/**
 * Applies what kafkajs fetched from one partition (`eachBatch`, offsets resolved by hand): chunks of
 * events in one transaction each, in partition order. A chunk that fails deterministically is applied
 * again one message at a time to isolate the poison message (its neighbours still apply exactly
 * once, the inbox sees to it); a transient failure pauses the partition without resolving anything,
 * so the same messages are fetched again once it resumes.
 */
export class BatchConsumption {
  constructor(private readonly options: BatchConsumptionOptions) {}

  async consume(payload: EachBatchPayload): Promise<void> {
    const { batch, isRunning, isStale, heartbeat, commitOffsetsIfNecessary } = payload;
    const { maxBatchSize } = this.options;
    for (let start = 0; start < batch.messages.length; start += maxBatchSize) {
      // A rebalance or a stop: leave the rest unresolved for whoever owns the partition next.
      if (!isRunning() || isStale()) return;
      const chunk = batch.messages.slice(start, start + maxBatchSize).map((m) => this.read(m, batch.topic));
      if ((await this.applyChunk(chunk, payload)) === 'waiting') return;
      payload.resolveOffset(chunk[chunk.length - 1].message.offset);
      this.options.onApplied(partitionKeyOf(payload));
      await commitOffsetsIfNecessary();
      await heartbeat();
    }
    // Only a batch applied whole: one left waiting is fetched again and reports then.
    this.options.observer.consumerLagged(batch.topic, batch.partition, Number(batch.offsetLag()));
  }

  private read(message: KafkaMessage, topic: string): ReadMessage {
    try {
      const event = parseEvent(message.value ?? '');
      const handler = this.options.handlers[event.type] as HandlerOf | undefined;
      return handler
        ? {
            message,
            kind: 'apply',
            applicable: { event, handler, topic, trace: traceHeadersOf(message.headers) },
          }
        : { message, kind: 'skip' };
    } catch (error) {
      return { message, kind: 'invalid', error };
    }
  }

  private async applyChunk(chunk: ReadMessage[], payload: EachBatchPayload): Promise<Outcome> {
    const events = chunk.flatMap((read) => (read.kind === 'apply' ? [read.applicable] : []));
    // A single event takes the one-by-one path directly: the same transaction, with its retries.
    if (events.length < 2) return this.applyOneByOne(chunk, payload);
    try {
      await applyInOneTransaction(this.options.dataSource, events, payload.batch);
    } catch (error) {
      if (failureKindOf(error) === 'transient') return this.waitOut(error, payload);
      this.options.logger.warn(
        { err: error, topic: payload.batch.topic, partition: payload.batch.partition, events: events.length },
        'a batch failed; applying its events one by one to isolate the message that cannot be applied',
      );
      return this.applyOneByOne(chunk, payload);
    }
    // Applied; what is left are invalid messages to park (and ones nobody here handles).
    return this.applyOneByOne(
      chunk.filter((read) => read.kind === 'invalid'),
      payload,
    );
  }

  private async applyOneByOne(chunk: ReadMessage[], payload: EachBatchPayload): Promise<Outcome> {
    const { retryBaseMs } = this.options;
    for (const read of chunk) {
      for (let attempt = 1; ; attempt++) {
        if (!payload.isRunning() || payload.isStale()) return 'waiting';
        let settled: boolean;
        try {
          settled = await this.tryOnce(read, attempt, payload);
        } catch (error) {
          // A transient failure, or the DLQ itself unreachable: nothing is decided about this message.
          return this.waitOut(error, payload);
        }
        if (settled) break;
        await sleep(backoffDelay(attempt, retryBaseMs, 5_000));
        // Outside the try: a rebalance reported here is kafkajs' to handle, not an outage.
        await payload.heartbeat();
      }
      payload.resolveOffset(read.message.offset);
    }
    return 'applied';
  }

  /**
   * One try: true once the message is settled (applied, or parked after its last deterministic
   * failure), false to try again; a transient failure is thrown.
   */
  private async tryOnce(read: ReadMessage, attempt: number, payload: EachBatchPayload): Promise<boolean> {
    if (read.kind === 'skip') return true;
    if (read.kind === 'invalid') {
      await this.deadLetter(read.message, payload, read.error, 0);
      return true;
    }
    try {
      await applyInOneTransaction(this.options.dataSource, [read.applicable], payload.batch);
      return true;
    } catch (error) {
      if (failureKindOf(error) === 'transient') throw error;
      if (attempt < this.options.maxAttempts) {
        this.options.logger.warn(
          { err: error, eventId: read.applicable.event.id, attempt },
          'event handler failed; retrying',
        );
        return false;
      }
      await this.deadLetter(read.message, payload, error, attempt);
      return true;
    }
  }

  private async deadLetter(
    message: KafkaMessage,
    { batch }: EachBatchPayload,
    error: unknown,
    attempts: number,
  ): Promise<void> {
    const { groupId, logger } = this.options;
    logger.error(
      { err: error, topic: batch.topic, offset: message.offset },
      'event sent to the dead-letter topic',
    );
    await sendToDeadLetterTopic(this.options.deadLetterProducer(), {
      groupId,
      topic: batch.topic,
      partition: batch.partition,
      message,
      error,
      attempts,
    });
    this.options.observer.deadLettered(batch.topic);
  }

  private waitOut(error: unknown, payload: EachBatchPayload): Outcome {
    const resume = payload.pause();
    const report = this.options.pauses.pause(partitionKeyOf(payload), failureSummary(error), resume);
    this.options.onPaused(report);
    return 'waiting';
  }
}

export const partitionKeyOf = ({ batch }: Pick<EachBatchPayload, 'batch'>) =>
  `${batch.topic}/${batch.partition}`;
