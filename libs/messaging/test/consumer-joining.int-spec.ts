import { randomUUID } from 'node:crypto';
import type { Producer } from 'kafkajs';
import type { DataSource } from 'typeorm';
import { readTestEnvironment, waitFor } from '@crm/testing';
import { EventConsumer } from '../src/event-consumer';
import { createKafka } from '../src/kafka-client';
import { kafkaTopicOf } from '../src/topic-namespace';
import { KafkaDoor } from './kafka-door';
import { customerCreatedEvent, scratchDataSource, testKafka, testLogger } from './messaging-fixture';

const TOPIC = kafkaTopicOf('crm.customer.customer.v1');
const JOINING_TIMEOUT_MS = 120_000;

describe('event consumer joining while Kafka is unreachable', () => {
  let dataSource: DataSource;
  let producer: Producer;
  const doors: KafkaDoor[] = [];
  const consumers: EventConsumer[] = [];

  /** A consumer whose only way to Kafka is a door that starts closed. */
  async function consumerBehindDoor(): Promise<{ consumer: EventConsumer; door: KafkaDoor }> {
    const door = await KafkaDoor.closed();
    const consumer = new EventConsumer({
      kafka: createKafka(`joining-test-${randomUUID().slice(0, 6)}`, [door.broker], testLogger),
      dataSource,
      groupId: `crm-test-${readTestEnvironment().runId}-joining-${randomUUID().slice(0, 8)}`,
      startFrom: 'latest',
      logger: testLogger,
      handlers: {
        'crm.customer.customer.created': async (event, manager) => {
          await manager.query('INSERT INTO joining_test_effects (event_id, name) VALUES ($1, $2)', [
            event.id,
            event.data.name,
          ]);
        },
      },
    });
    doors.push(door);
    consumers.push(consumer);
    return { consumer, door };
  }

  const cannotJoin = (consumer: EventConsumer) =>
    waitFor(
      () => {
        const health = consumer.health;
        if (health.state !== 'starting' || !health.detail?.startsWith('cannot join'))
          throw new Error(health.state);
        return health;
      },
      { timeoutMs: JOINING_TIMEOUT_MS / 2 },
    );

  beforeAll(async () => {
    ({ dataSource } = await scratchDataSource());
    await dataSource.query('CREATE TABLE IF NOT EXISTS joining_test_effects (event_id uuid, name text)');
    producer = testKafka().producer();
    await producer.connect();
  });
  afterAll(async () => {
    for (const consumer of consumers) await consumer.stop();
    for (const door of doors) await door.close();
    await producer?.disconnect();
    await dataSource?.destroy();
  });

  it(
    'keeps trying to join, says why, and consumes once Kafka can be reached',
    async () => {
      const { consumer, door } = await consumerBehindDoor();
      const joining = consumer.start();

      const waiting = await cannotJoin(consumer);
      expect(waiting.detail).toMatch(/ECONNREFUSED|Connection error|retries/i);
      await door.open();
      await joining;
      expect(consumer.health.state).toBe('running');

      const event = customerCreatedEvent(undefined, 'After joining late');
      await producer.send({ topic: TOPIC, messages: [{ key: event.subject, value: JSON.stringify(event) }] });
      await waitFor(async () =>
        expect(
          await dataSource.query('SELECT name FROM joining_test_effects WHERE event_id = $1', [event.id]),
        ).toEqual([{ name: 'After joining late' }]),
      );
    },
    JOINING_TIMEOUT_MS,
  );

  it(
    'can be stopped while it is still trying to join',
    async () => {
      const { consumer } = await consumerBehindDoor();
      const joining = consumer.start();
      await cannotJoin(consumer);

      await consumer.stop();
      await joining;
      expect(consumer.health.state).toBe('stopped');
      expect(consumer.hasJoinedGroup).toBe(false);
    },
    JOINING_TIMEOUT_MS,
  );
});
