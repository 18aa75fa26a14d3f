import { randomUUID } from 'node:crypto';
import type { Admin, Producer } from 'kafkajs';
import type { DataSource } from 'typeorm';
import { EventProbe, readTestEnvironment, waitFor } from '@crm/testing';
import { deadLetterTopicOf } from '../src/dead-letter';
import { EventConsumer } from '../src/event-consumer';
import { kafkaTopicOf } from '../src/topic-namespace';
import { customerCreatedEvent, scratchDataSource, testKafka, testLogger } from './messaging-fixture';

const TOPIC = kafkaTopicOf('crm.customer.customer.v1');

describe('event consumer', () => {
  const groupId = `crm-test-${readTestEnvironment().runId}-consumer-${randomUUID().slice(0, 8)}`;
  const kafka = testKafka();
  let dataSource: DataSource;
  let producer: Producer;
  let admin: Admin;
  let consumer: EventConsumer;
  let deadLetters: EventProbe;
  /** Every call of the handler, also those whose transaction rolled back. */
  const handled: string[] = [];

  /** One send: the messages of one key land on one partition, in this order, and are fetched together. */
  const publish = (key: string, ...values: string[]) =>
    producer.send({ topic: TOPIC, messages: values.map((value) => ({ key, value })) });
  const appliedNames = async (): Promise<string[]> =>
    (await dataSource.query('SELECT name FROM consumer_test_effects ORDER BY name')).map(
      (row: { name: string }) => row.name,
    );
  const timesApplied = async (name: string) => (await appliedNames()).filter((n) => n === name).length;
  const parkedWithKey = (key: string) =>
    waitFor(() => {
      const found = deadLetters.messages.find((m) => m.key === key);
      if (!found) throw new Error('not in the DLQ yet');
      return found;
    });

  beforeAll(async () => {
    ({ dataSource } = await scratchDataSource());
    await dataSource.query('CREATE TABLE IF NOT EXISTS consumer_test_effects (event_id uuid, name text)');
    await dataSource.query('TRUNCATE consumer_test_effects');
    producer = kafka.producer();
    await producer.connect();
    admin = kafka.admin();
    await admin.connect();
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
          handled.push(event.data.name);
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
    await admin?.disconnect();
    await deadLetters?.stop();
    await dataSource?.destroy();
  });

  it('applies an event delivered twice in one batch once', async () => {
    const event = customerCreatedEvent(undefined, 'Once only');
    const marker = customerCreatedEvent(event.subject, 'Marker after redelivery');
    await publish(event.subject, JSON.stringify(event), JSON.stringify(event), JSON.stringify(marker));

    await waitFor(async () => expect(await appliedNames()).toContain('Marker after redelivery'));
    expect(await timesApplied('Once only')).toBe(1);
    expect(consumer.health.state).toBe('running');
  });

  it('isolates a poison message in a batch: the good ones apply once, the poison goes to <group>.dlq', async () => {
    const customerId = customerCreatedEvent().subject;
    const batch = ['Good 1', 'Good 2', 'Poison pill', 'Good 3', 'Good 4'].map((name) =>
      customerCreatedEvent(customerId, name),
    );
    await publish(customerId, ...batch.map((event) => JSON.stringify(event)));

    const parked = await parkedWithKey(customerId);
    await waitFor(async () => expect(await appliedNames()).toContain('Good 4'));
    for (const good of ['Good 1', 'Good 2', 'Good 3', 'Good 4']) expect(await timesApplied(good)).toBe(1);
    // Once in the failed batch (unless it came alone), then its 3 tries on its own.
    const poisonTries = handled.filter((name) => name === 'Poison pill').length;
    expect(poisonTries).toBeGreaterThanOrEqual(3);
    expect(poisonTries).toBeLessThanOrEqual(4);
    expect(parked.headers?.['dlq-error']?.toString()).toBe('cannot apply Poison pill');
    expect(parked.headers?.['dlq-attempts']?.toString()).toBe('3');
    expect(parked.headers?.['dlq-original-topic']?.toString()).toBe(TOPIC);
    expect(JSON.parse(parked.value).id).toBe(batch[2].id);
  });

  it('parks a message that is not a valid event without retrying', async () => {
    const key = randomUUID();
    await publish(key, '{"specversion":"1.0","type":"not.a.known.type"}');
    const parked = await parkedWithKey(key);
    expect(parked.headers?.['dlq-attempts']?.toString()).toBe('0');
  });

  it('turns a whole batch delivered again (offsets moved back) into no-ops', async () => {
    const customerId = customerCreatedEvent().subject;
    const partitionOf = async () =>
      (await admin.fetchTopicOffsets(TOPIC)).map(({ partition, offset }) => ({ partition, offset }));
    const before = await partitionOf();
    const batch = ['Again 1', 'Again 2', 'Again 3'].map((name) => customerCreatedEvent(customerId, name));
    await publish(customerId, ...batch.map((event) => JSON.stringify(event)));
    await waitFor(async () => expect(await appliedNames()).toContain('Again 3'));

    await consumer.stop();
    await admin.setOffsets({ groupId, topic: TOPIC, partitions: before });
    const handledBefore = handled.length;
    await consumer.start();
    // Same key, same partition: the marker is read only after the batch was read again.
    await publish(customerId, JSON.stringify(customerCreatedEvent(customerId, 'Again marker')));

    await waitFor(async () => expect(await appliedNames()).toContain('Again marker'));
    for (const name of ['Again 1', 'Again 2', 'Again 3']) expect(await timesApplied(name)).toBe(1);
    expect(handled.slice(handledBefore)).toEqual(['Again marker']);
  });
});
