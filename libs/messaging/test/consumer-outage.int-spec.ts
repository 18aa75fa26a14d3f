import { randomUUID } from 'node:crypto';
import type { Producer } from 'kafkajs';
import type { DataSource } from 'typeorm';
import { EventProbe, readTestEnvironment, waitFor } from '@crm/testing';
import { deadLetterTopicOf } from '../src/dead-letter';
import { EventConsumer } from '../src/event-consumer';
import type { PartHealth } from '../src/part-health';
import { kafkaTopicOf } from '../src/topic-namespace';
import { DatabaseDoor } from './database-door';
import {
  customerCreatedEvent,
  scratchDataSource,
  scratchDatabaseUrl,
  testKafka,
  testLogger,
} from './messaging-fixture';

const TOPIC = kafkaTopicOf('crm.customer.customer.v1');

/** How many times in a row the paused partition failed, from its health detail. */
const failuresInARow = (health: PartHealth) =>
  Number(/\((\d+) failures in a row\)/.exec(health.detail ?? '')?.[1] ?? 0);

describe('event consumer during an outage', () => {
  const groupId = `crm-test-${readTestEnvironment().runId}-outage-${randomUUID().slice(0, 8)}`;
  const kafka = testKafka();
  let direct: DataSource;
  let throughDoor: DataSource;
  let door: DatabaseDoor;
  let producer: Producer;
  let consumer: EventConsumer;
  let deadLetters: EventProbe;
  /** Names whose handler should cut its own database connection, and how many more times. */
  const cutsLeft = new Map<string, number>();
  const healthSeenByHandler: PartHealth[] = [];

  const publish = (key: string, ...events: ReturnType<typeof customerCreatedEvent>[]) =>
    producer.send({ topic: TOPIC, messages: events.map((event) => ({ key, value: JSON.stringify(event) })) });
  const timesApplied = async (name: string) =>
    Number((await direct.query('SELECT count(*) FROM outage_test_effects WHERE name = $1', [name]))[0].count);

  beforeAll(async () => {
    ({ dataSource: direct } = await scratchDataSource());
    await direct.query('CREATE TABLE IF NOT EXISTS outage_test_effects (event_id uuid, name text)');
    await direct.query('TRUNCATE outage_test_effects');
    door = await DatabaseDoor.open(scratchDatabaseUrl());
    ({ dataSource: throughDoor } = await scratchDataSource(door.url));
    producer = kafka.producer();
    await producer.connect();
    deadLetters = await EventProbe.start([deadLetterTopicOf(groupId)]);
    consumer = new EventConsumer({
      kafka,
      dataSource: throughDoor,
      groupId,
      startFrom: 'latest',
      logger: testLogger,
      maxAttempts: 2,
      retryBaseMs: 10,
      handlers: {
        'crm.customer.customer.created': async (event, manager) => {
          const name = event.data.name;
          healthSeenByHandler.push(consumer.health);
          const cuts = cutsLeft.get(name) ?? 0;
          if (cuts > 0) {
            cutsLeft.set(name, cuts - 1);
            // What a database restart does to a connection: the server ends it (57P01).
            await manager.query('SELECT pg_terminate_backend(pg_backend_pid())');
          }
          await manager.query('INSERT INTO outage_test_effects (event_id, name) VALUES ($1, $2)', [
            event.id,
            name,
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
    await throughDoor?.destroy();
    await door?.close();
    await direct?.destroy();
  });

  it('waits out a connection the server terminates, more times than the DLQ retries, and applies the event once', async () => {
    const flaky = customerCreatedEvent(undefined, 'Flaky');
    cutsLeft.set('Flaky', 4); // maxAttempts is 2: a poison message would have been parked by now
    healthSeenByHandler.length = 0;
    await publish(flaky.subject, flaky);

    await waitFor(async () => expect(await timesApplied('Flaky')).toBe(1));
    expect(healthSeenByHandler.map((health) => health.state)).toEqual([
      'running',
      'paused',
      'paused',
      'paused',
      'paused',
    ]);
    expect(healthSeenByHandler[1].detail).toMatch(/terminating connection|Connection terminated/);
    expect(failuresInARow(healthSeenByHandler[4])).toBe(4);
    expect(consumer.health.state).toBe('running');
    expect(deadLetters.messages.filter((m) => m.key === flaky.subject)).toEqual([]);
  });

  it('keeps a backlog while the database is unreachable and applies all of it once it is back', async () => {
    const customerId = customerCreatedEvent().subject;
    const backlog = ['Backlog 1', 'Backlog 2', 'Backlog 3'].map((name) =>
      customerCreatedEvent(customerId, name),
    );
    await door.close();
    await publish(customerId, ...backlog);

    const paused = await waitFor(() => {
      const health = consumer.health;
      // Several tries, more than maxAttempts: an outage is not a poison message.
      if (health.state !== 'paused' || failuresInARow(health) < 3) throw new Error(`still ${health.state}`);
      return health;
    });
    expect(paused.detail).toMatch(/ECONNREFUSED|Connection terminated/);
    expect(await timesApplied('Backlog 1')).toBe(0);

    await door.reopen();
    await waitFor(async () => expect(await timesApplied('Backlog 3')).toBe(1));
    for (const event of backlog) expect(await timesApplied(event.data.name)).toBe(1);
    expect(consumer.health.state).toBe('running');
    expect(consumer.health.since >= paused.since).toBe(true);
    expect(deadLetters.messages.filter((m) => m.key === customerId)).toEqual([]);
  });
});
