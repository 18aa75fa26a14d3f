import { randomUUID } from 'node:crypto';
import type { Kafka, KafkaMessage } from 'kafkajs';
import { pendingIn, type PartitionRange } from './partition-range';

export type BatchReader = (topic: string, partition: number, messages: KafkaMessage[]) => Promise<void>;

const keyOf = (topic: string, partition: number) => `${topic}/${partition}`;

/**
 * Reads the ranges, each partition in its order, and hands over the messages batch by batch
 * (awaited). kafkajs reads only in a consumer group: this one is throwaway
 * (`<groupPrefix>.rebuild.<uuid>`), placed at the ranges' starts, commits nothing and is deleted.
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
  const topics = [...new Set([...pending.values()].map((range) => range.topic))];
  const groupId = `${groupPrefix}.rebuild.${randomUUID()}`;
  const admin = kafka.admin();
  await admin.connect();
  const consumer = kafka.consumer({ groupId, maxWaitTimeInMs: 250 });
  try {
    for (const topic of topics) {
      const partitions = ranges.filter((range) => range.topic === topic);
      await admin.setOffsets({
        groupId,
        topic,
        partitions: partitions.map((range) => ({ partition: range.partition, offset: String(range.from) })),
      });
    }
    await consumer.connect();
    await consumer.subscribe({ topics });
    let finish: (error?: unknown) => void = () => undefined;
    const finished = new Promise<void>((resolve, reject) => (finish = (e) => (e ? reject(e) : resolve())));
    await consumer.run({
      autoCommit: false,
      partitionsConsumedConcurrently: 1,
      eachBatch: async ({ batch }) => {
        const range = pending.get(keyOf(batch.topic, batch.partition));
        if (!range) return;
        const inRange = batch.messages.filter(
          (m) => BigInt(m.offset) >= range.from && BigInt(m.offset) < range.to,
        );
        try {
          if (inRange.length > 0) await onBatch(batch.topic, batch.partition, inRange);
        } catch (error) {
          finish(error);
          return;
        }
        if (BigInt(batch.lastOffset()) >= range.to - 1n) pending.delete(keyOf(batch.topic, batch.partition));
        if (pending.size === 0) finish();
      },
    });
    await finished;
  } finally {
    await consumer.disconnect();
    await admin.deleteGroups([groupId]).catch(() => undefined);
    await admin.disconnect();
  }
}
