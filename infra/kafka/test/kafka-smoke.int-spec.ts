// Proves kafkajs 2.2.4 and the Kafka 3.9.1 dev broker work together end to end:
// topic admin, idempotent produce, consumer-group consume, offset commit and fetch.
import { randomUUID } from 'node:crypto';
import { Kafka, logLevel, Partitioners, type Admin, type Consumer, type Producer } from 'kafkajs';

const brokers = (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(',');
const runId = randomUUID().slice(0, 8);
const topic = `smoke.kafka-${runId}`;
const groupId = `smoke-kafka-${runId}`;
// Explicit: jest-circus reads testTimeout from the root config only, not from a project.
const TIMEOUT_MS = 30_000;

// Two accounts' events interleaved: Kafka only promises order per key (per partition).
const sent = [
  { key: 'account-1', value: 'created' },
  { key: 'account-2', value: 'created' },
  { key: 'account-1', value: 'renamed' },
  { key: 'account-3', value: 'created' },
  { key: 'account-2', value: 'merged' },
  { key: 'account-1', value: 'archived' },
];

interface Received {
  key: string;
  value: string;
  partition: number;
  offset: string;
}

describe('Kafka dev broker with kafkajs', () => {
  const kafka = new Kafka({ clientId: 'kafka-smoke', brokers, logLevel: logLevel.NOTHING });
  let admin: Admin;
  let producer: Producer;
  let consumer: Consumer;

  beforeAll(async () => {
    admin = kafka.admin();
    await admin.connect();
    await admin.createTopics({ topics: [{ topic, numPartitions: 3 }], waitForLeaders: true });
  }, TIMEOUT_MS);

  afterAll(async () => {
    await consumer?.disconnect();
    await producer?.disconnect();
    await admin.deleteGroups([groupId]).catch(() => undefined);
    await admin.deleteTopics({ topics: [topic] });
    await admin.disconnect();
  }, TIMEOUT_MS);

  it('creates a topic with 3 partitions', async () => {
    const metadata = await admin.fetchTopicMetadata({ topics: [topic] });
    expect(metadata.topics[0].partitions).toHaveLength(3);
  });

  it(
    'delivers keyed messages in order per key and stores the group offsets',
    async () => {
      producer = kafka.producer({
        idempotent: true,
        maxInFlightRequests: 1,
        createPartitioner: Partitioners.DefaultPartitioner,
      });
      await producer.connect();
      await producer.send({ topic, messages: sent });

      const received = await consumeAll();

      for (const key of new Set(sent.map((message) => message.key))) {
        const expected = sent.filter((message) => message.key === key).map((message) => message.value);
        const got = received.filter((message) => message.key === key);
        expect(got.map((message) => message.value)).toEqual(expected);
        expect(new Set(got.map((message) => message.partition)).size).toBe(1);
      }

      const nextOffsets = new Map<number, string>();
      for (const message of received) nextOffsets.set(message.partition, String(Number(message.offset) + 1));
      await consumer.commitOffsets(
        [...nextOffsets].map(([partition, offset]) => ({ topic, partition, offset })),
      );

      const [committed] = await admin.fetchOffsets({ groupId, topics: [topic] });
      const highWatermarks = await admin.fetchTopicOffsets(topic);
      for (const { partition, high } of highWatermarks) {
        const offset = committed.partitions.find((entry) => entry.partition === partition)?.offset;
        expect({ partition, offset }).toEqual({ partition, offset: high === '0' ? '-1' : high });
      }
    },
    TIMEOUT_MS,
  );

  async function consumeAll(): Promise<Received[]> {
    // A short fetch long-poll: disconnect() waits for the fetch in flight (default up to 5 s).
    consumer = kafka.consumer({ groupId, maxWaitTimeInMs: 100 });
    await consumer.connect();
    await consumer.subscribe({ topics: [topic], fromBeginning: true });
    const received: Received[] = [];
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`received ${received.length} of ${sent.length} messages in time`)),
        TIMEOUT_MS - 5_000,
      );
      consumer
        .run({
          autoCommit: false,
          eachMessage: async ({ partition, message }) => {
            received.push({
              key: message.key?.toString() ?? '',
              value: message.value?.toString() ?? '',
              partition,
              offset: message.offset,
            });
            if (received.length === sent.length) {
              clearTimeout(timer);
              resolve();
            }
          },
        })
        .catch(reject);
    });
    return received;
  }
});
