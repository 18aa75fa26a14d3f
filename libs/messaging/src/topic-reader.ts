import { randomUUID } from 'node:crypto';
import type { Kafka, KafkaMessage } from 'kafkajs';
import { firstFetchOf } from './first-fetch';

const READ_WITHIN_MS = 60_000;

function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>(
    (_, reject) => (timer = setTimeout(() => reject(new Error(message)), ms)),
  );
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export interface StoredMessage {
  partition: number;
  message: KafkaMessage;
}

/**
 * Every message a topic holds now, from its oldest to the end it had when the read began. kafkajs
 * reads only in a consumer group: this one is throwaway (`<readerGroupPrefix>.reader.<uuid>`),
 * commits nothing and is deleted afterwards.
 */
export async function readTopicToEnd(
  kafka: Kafka,
  topic: string,
  readerGroupPrefix: string,
): Promise<StoredMessage[]> {
  const admin = kafka.admin();
  await admin.connect();
  const groupId = `${readerGroupPrefix}.reader.${randomUUID()}`;
  try {
    const ends = await admin.fetchTopicOffsets(topic);
    // The offset of the last message each partition holds; nothing to wait for where low = high.
    const lastOffsets = new Map(
      ends
        .filter((end) => BigInt(end.high) > BigInt(end.low))
        .map((end) => [end.partition, BigInt(end.high) - 1n]),
    );
    if (lastOffsets.size === 0) return [];
    const messages = await readUntil(kafka, topic, groupId, lastOffsets);
    return messages.sort(
      (a, b) => a.partition - b.partition || Number(BigInt(a.message.offset) - BigInt(b.message.offset)),
    );
  } finally {
    await admin.deleteGroups([groupId]).catch(() => undefined);
    await admin.disconnect();
  }
}

async function readUntil(
  kafka: Kafka,
  topic: string,
  groupId: string,
  lastOffsets: Map<number, bigint>,
): Promise<StoredMessage[]> {
  const consumer = kafka.consumer({ groupId, maxWaitTimeInMs: 250 });
  const messages: StoredMessage[] = [];
  const pending = new Set(lastOffsets.keys());
  try {
    await consumer.connect();
    await consumer.subscribe({ topics: [topic], fromBeginning: true });
    let done: () => void = () => undefined;
    const allRead = new Promise<void>((resolve) => (done = resolve));
    const fetching = firstFetchOf(consumer);
    await consumer.run({
      autoCommit: false,
      eachMessage: async ({ partition, message }) => {
        const last = lastOffsets.get(partition);
        if (last === undefined) return;
        const offset = BigInt(message.offset);
        if (offset <= last) messages.push({ partition, message });
        if (offset >= last) pending.delete(partition);
        if (pending.size === 0) done();
      },
    });
    await fetching;
    await withTimeout(
      allRead,
      READ_WITHIN_MS,
      `did not reach the end of ${topic} within ${READ_WITHIN_MS / 1000} s`,
    );
    return messages;
  } finally {
    await consumer.disconnect();
  }
}
