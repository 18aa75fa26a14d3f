import { randomUUID } from 'node:crypto';
import type { Kafka, KafkaMessage } from 'kafkajs';
import { pendingIn, type PartitionRange } from './partition-range';

export type BatchReader = (topic: string, partition: number, messages: KafkaMessage[]) => Promise<void>;

const keyOf = (topic: string, partition: number) => `${topic}/${partition}`;

/**
 * Reads the ranges, each partition in its order, and hands over the messages batch by batch
 * (awaited). kafkajs reads only in a consumer group: this one is throwaway
 * (`<groupPrefix>.rebuild.<uuid>`), commits nothing, seeks to the ranges' starts and is deleted.
 * A fetch made before the seek takes effect may deliver offsets again: each partition takes only
 * the offset that follows the last one it took.
 */
export async function readRanges(
  kafka: Kafka,
  ranges: PartitionRange[],
  groupPrefix: string,
  onBatch: BatchReader,
): Promise<void> {
  const pending = new Map(
    ranges.filter((r) => pendingIn(r) > 0n).map((r) => [keyOf(r.topic, r.partition), r]),
  );
  if (pending.size === 0) return;
  const next = new Map([...pending].map(([key, range]) => [key, range.from]));
  const topics = [...new Set([...pending.values()].map((range) => range.topic))];
  const groupId = `${groupPrefix}.rebuild.${randomUUID()}`;
  const consumer = kafka.consumer({ groupId, maxWaitTimeInMs: 250 });
  try {
    await consumer.connect();
    await consumer.subscribe({ topics, fromBeginning: true });
    let finish: (error?: unknown) => void = () => undefined;
    const finished = new Promise<void>((resolve, reject) => (finish = (e) => (e ? reject(e) : resolve())));
    await consumer.run({
      autoCommit: false,
      partitionsConsumedConcurrently: 1,
      eachBatch: async ({ batch }) => {
        const key = keyOf(batch.topic, batch.partition);
        const range = pending.get(key);
        if (!range) return;
        const taken: KafkaMessage[] = [];
        for (const message of batch.messages) {
          const offset = BigInt(message.offset);
          if (offset < next.get(key)! || offset >= range.to) continue;
          taken.push(message);
          next.set(key, offset + 1n);
        }
        try {
          if (taken.length > 0) await onBatch(batch.topic, batch.partition, taken);
        } catch (error) {
          finish(error);
          return;
        }
        if (next.get(key)! >= range.to) pending.delete(key);
        if (pending.size === 0) finish();
      },
    });
    for (const range of pending.values())
      consumer.seek({ topic: range.topic, partition: range.partition, offset: String(range.from) });
    await finished;
  } finally {
    await consumer.disconnect();
    await deleteGroup(kafka, groupId);
  }
}

async function deleteGroup(kafka: Kafka, groupId: string): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  await admin.deleteGroups([groupId]).catch(() => undefined);
  await admin.disconnect();
}
