import { randomUUID } from 'node:crypto';
import { Kafka, logLevel, type Admin } from 'kafkajs';
import { waitUntil } from './wait-until';

/** One message as it sits on the broker, with the CloudEvent id it carries. */
export interface TopicMessage {
  topic: string;
  partition: number;
  offset: number;
  key: string;
  eventId: string;
}

const kafkaOf = (brokers: string[]) =>
  new Kafka({ clientId: 'crm-faults-ledger', brokers, logLevel: logLevel.NOTHING });

/**
 * Everything the topics hold right now, read back from the first offset to the end each
 * partition had when the read began. Topics that do not exist are empty.
 */
export async function readTopics(brokers: string[], topics: string[]): Promise<TopicMessage[]> {
  const kafka = kafkaOf(brokers);
  const ends = await withAdmin(kafka, (admin) => endOffsets(admin, topics));
  const remaining = new Map([...ends].filter(([, end]) => end > 0));
  const messages: TopicMessage[] = [];
  if (remaining.size === 0) return messages;
  const consumer = kafka.consumer({ groupId: `crm-faults-ledger-${randomUUID()}`, maxWaitTimeInMs: 250 });
  await consumer.connect();
  try {
    const existing = [...new Set([...remaining.keys()].map((partitionKey) => partitionKey.split('#')[0]))];
    await consumer.subscribe({ topics: existing, fromBeginning: true });
    await consumer.run({
      eachMessage: async ({ topic, partition, message }) => {
        const offset = Number(message.offset);
        messages.push({
          topic,
          partition,
          offset,
          key: message.key?.toString() ?? '',
          eventId: eventIdOf(message.value),
        });
        const partitionKey = `${topic}#${partition}`;
        if (offset + 1 >= (remaining.get(partitionKey) ?? 0)) remaining.delete(partitionKey);
      },
    });
    await waitUntil('the ledger to read every topic to its end', () => remaining.size === 0, {
      timeoutMs: 60_000,
      intervalMs: 100,
    });
  } finally {
    await consumer.disconnect();
  }
  return messages;
}

/** How many messages the topics hold (end minus start offsets), without reading them. */
export async function countMessages(brokers: string[], topics: (name: string) => boolean): Promise<number> {
  return withAdmin(kafkaOf(brokers), async (admin) => {
    const names = (await admin.listTopics()).filter(topics);
    let total = 0;
    for (const name of names) {
      for (const { high, low } of await admin.fetchTopicOffsets(name)) total += Number(high) - Number(low);
    }
    return total;
  });
}

/** `topic#partition` → the offset after its last message, for the topics that exist. */
async function endOffsets(admin: Admin, topics: string[]): Promise<Map<string, number>> {
  const existing = new Set(await admin.listTopics());
  const ends = new Map<string, number>();
  for (const topic of topics.filter((name) => existing.has(name))) {
    for (const { partition, high } of await admin.fetchTopicOffsets(topic)) {
      ends.set(`${topic}#${partition}`, Number(high));
    }
  }
  return ends;
}

async function withAdmin<T>(kafka: Kafka, use: (admin: Admin) => Promise<T>): Promise<T> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    return await use(admin);
  } finally {
    await admin.disconnect();
  }
}

function eventIdOf(value: Buffer | null): string {
  try {
    return String((JSON.parse(value?.toString() ?? '') as { id?: unknown }).id ?? '');
  } catch {
    return '';
  }
}
