import { randomUUID } from 'node:crypto';
import type { Producer } from 'kafkajs';
import type { DataSource } from 'typeorm';
import { EventProbe, readTestEnvironment, waitFor } from '@crm/testing';
import { deadLetterTopicOf } from '../src/dead-letter';
import { EventConsumer } from '../src/event-consumer';
import { kafkaTopicOf } from '../src/topic-namespace';
import { customerCreatedEvent, scratchDataSource, testKafka, testLogger } from './messaging-fixture';

const TOPIC = kafkaTopicOf('crm.customer.customer.v1');

describe('event consumer', () => {
  const groupId = `crm-test-${readTestEnvironment().runId}-consumer-${randomUUID().slice(0, 8)}`;
  let dataSource: DataSource;
  let producer: Producer;
  let consumer: EventConsumer;
  let deadLetters: EventProbe;
  const applied: string[] = [];

  const publish = (key: string, value: string) => producer.send({ topic: TOPIC, messages: [{ key, value }] });
  const appliedNames = async () =>
    (await dataSource.query('SELECT name FROM consumer_test_effects ORDER BY name')).map(
      (row: { name: string }) => row.name,
    );

  beforeAll(async () => {
    ({ dataSource } = await scratchDataSource());
    await dataSource.query('CREATE TABLE IF NOT EXISTS consumer_test_effects (event_id uuid, name text)');
    await dataSource.query('TRUNCATE consumer_test_effects');
    const kafka = testKafka();
    producer = kafka.producer();
    await producer.connect();
    deadLetters = await EventProbe.start([deadLetterTopicOf(groupId)]);
    consumer = new EventConsumer({
      kafka,
      dataSource,
      groupId,
      startFrom: 'latest',
      logger: testLogger,
      maxAttempts: 3,
      retryBaseMs: 10,
      handlers: {
        'crm.customer.customer.created': async (event, manager) => {
          applied.push(event.data.name);
          if (event.data.name.startsWith('Poison')) throw new Error(`cannot apply ${event.data.name}`);
          await manager.query('INSERT INTO consumer_test_effects (event_id, name) VALUES ($1, $2)', [
            event.id,
            event.data.name,
          ]);
        },
      },
    });
    await consumer.start();
  });
  afterAll(async () => {
    await consumer?.stop();
    await producer?.disconnect();
    await deadLetters?.stop();
    await dataSource?.destroy();
  });

  it('applies a redelivered event once', async () => {
    const event = customerCreatedEvent(undefined, 'Once only');
    await publish(event.subject, JSON.stringify(event));
    await publish(event.subject, JSON.stringify(event));
    const marker = customerCreatedEvent(event.subject, 'Marker after redelivery');
    await publish(marker.subject, JSON.stringify(marker));

    await waitFor(async () => expect(await appliedNames()).toContain('Marker after redelivery'));
    expect((await appliedNames()).filter((name: string) => name === 'Once only')).toHaveLength(1);
  });

  it('retries a failing message, parks it in <group>.dlq with the error, and moves on', async () => {
    const customerId = customerCreatedEvent().subject;
    const poison = customerCreatedEvent(customerId, 'Poison pill');
    const next = customerCreatedEvent(customerId, 'After the poison');
    await publish(customerId, JSON.stringify(poison));
    await publish(customerId, JSON.stringify(next));

    await waitFor(async () => expect(await appliedNames()).toContain('After the poison'));
    expect(applied.filter((name) => name === 'Poison pill')).toHaveLength(3);
    const parked = await waitFor(() => {
      const found = deadLetters.messages.find((m) => m.key === customerId);
      if (!found) throw new Error('not in the DLQ yet');
      return found;
    });
    expect(parked.headers?.['dlq-error']?.toString()).toBe('cannot apply Poison pill');
    expect(parked.headers?.['dlq-original-topic']?.toString()).toBe(TOPIC);
    expect(JSON.parse(parked.value).id).toBe(poison.id);
  });

  it('parks a message that is not a valid event without retrying', async () => {
    const key = randomUUID();
    await publish(key, '{"specversion":"1.0","type":"not.a.known.type"}');
    const parked = await waitFor(() => {
      const found = deadLetters.messages.find((m) => m.key === key);
      if (!found) throw new Error('not in the DLQ yet');
      return found;
    });
    expect(parked.headers?.['dlq-attempts']?.toString()).toBe('0');
  });
});
