import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import type { Producer } from 'kafkajs';
import type { DataSource } from 'typeorm';
import { readTestEnvironment, waitFor } from '@crm/testing';
import { listDeadLetters, replayDeadLetters } from '../src/dead-letter-replay';
import { EventConsumer } from '../src/event-consumer';
import { kafkaTopicOf } from '../src/topic-namespace';
import { customerCreatedEvent, scratchDataSource, testKafka, testLogger } from './messaging-fixture';

const TOPIC = kafkaTopicOf('crm.customer.customer.v1');

describe('dead-letter replay', () => {
  const groupId = `crm-test-${readTestEnvironment().runId}-replay-${randomUUID().slice(0, 8)}`;
  const kafka = testKafka();
  let dataSource: DataSource;
  let producer: Producer;
  let consumer: EventConsumer;
  /** Names a rule rejects until "the cause is fixed" (removed from the set). */
  const rejected = new Set<string>();
  const handled: string[] = [];

  const TRACEPARENT = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';
  const publish = (event: ReturnType<typeof customerCreatedEvent>) =>
    producer.send({
      topic: TOPIC,
      messages: [{ key: event.subject, value: JSON.stringify(event), headers: { traceparent: TRACEPARENT } }],
    });
  const timesApplied = async (name: string) =>
    Number(
      (await dataSource.query('SELECT count(*) FROM replay_test_effects WHERE name = $1', [name]))[0].count,
    );
  const parkedIds = async () => (await listDeadLetters(kafka, groupId)).map((entry) => entry.eventId);

  beforeAll(async () => {
    ({ dataSource } = await scratchDataSource());
    await dataSource.query('CREATE TABLE IF NOT EXISTS replay_test_effects (event_id uuid, name text)');
    await dataSource.query('TRUNCATE replay_test_effects');
    producer = kafka.producer();
    await producer.connect();
    consumer = new EventConsumer({
      kafka,
      dataSource,
      groupId,
      startFrom: 'latest',
      logger: testLogger,
      maxAttempts: 2,
      retryBaseMs: 10,
      handlers: {
        'crm.customer.customer.created': async (event, manager) => {
          handled.push(event.data.name);
          if (rejected.has(event.data.name)) throw new Error(`no segment accepts ${event.data.name}`);
          await manager.query('INSERT INTO replay_test_effects (event_id, name) VALUES ($1, $2)', [
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
    await dataSource?.destroy();
  });

  it('lists parked events, replays them once their cause is fixed, and never sends one twice', async () => {
    const first = customerCreatedEvent(undefined, 'Rejected first');
    const second = customerCreatedEvent(undefined, 'Rejected second');
    rejected.add(first.data.name).add(second.data.name);
    await publish(first);
    await publish(second);
    await waitFor(async () =>
      expect(await parkedIds()).toEqual(expect.arrayContaining([first.id, second.id])),
    );

    const listed = (await listDeadLetters(kafka, groupId)).find((entry) => entry.eventId === first.id);
    expect(listed).toMatchObject({
      eventType: 'crm.customer.customer.created',
      error: 'no segment accepts Rejected first',
      attempts: 2,
      originalTopic: TOPIC,
      key: first.subject,
      headers: { traceparent: TRACEPARENT },
      payload: JSON.stringify(first),
      replayedAt: undefined,
    });
    expect(Date.parse(listed!.failedAt)).not.toBeNaN();
    expect(listed!.originalOffset).toMatch(/^\d+$/);

    // The operator's view: npm run dlq -- show <group> <event id>.
    const shown = spawnSync('npx', ['tsx', 'scripts/dlq.ts', 'show', groupId, second.id], {
      encoding: 'utf8',
      env: process.env, // this file's copy, with the worker's topic prefix
    });
    expect(shown.status).toBe(0);
    expect(shown.stdout).toContain(`traceparent: ${TRACEPARENT}`);
    expect(shown.stdout).toContain('"name": "Rejected second"');
    expect(shown.stdout).toContain('no segment accepts Rejected second');

    rejected.clear(); // the cause is fixed
    const one = await replayDeadLetters(kafka, groupId, { eventId: first.id });
    expect(one.map((entry) => entry.eventId)).toEqual([first.id]);
    await waitFor(async () => expect(await timesApplied('Rejected first')).toBe(1));
    expect(await timesApplied('Rejected second')).toBe(0);

    const rest = await replayDeadLetters(kafka, groupId);
    expect(rest.map((entry) => entry.eventId)).toEqual([second.id]);
    await waitFor(async () => expect(await timesApplied('Rejected second')).toBe(1));

    expect(await replayDeadLetters(kafka, groupId)).toEqual([]);
    const after = await listDeadLetters(kafka, groupId);
    expect(after.filter((entry) => entry.replayedAt).map((entry) => entry.eventId)).toEqual(
      expect.arrayContaining([first.id, second.id]),
    );
  });

  it('replaying an event that was applied meanwhile is a no-op', async () => {
    const event = customerCreatedEvent(undefined, 'Applied meanwhile');
    rejected.add(event.data.name);
    await publish(event);
    await waitFor(async () => expect(await parkedIds()).toContain(event.id));
    rejected.clear();
    await publish(event); // delivered again by its producer, after the fix
    await waitFor(async () => expect(await timesApplied('Applied meanwhile')).toBe(1));
    const handledBefore = handled.length;

    expect((await replayDeadLetters(kafka, groupId)).map((entry) => entry.eventId)).toEqual([event.id]);
    const marker = customerCreatedEvent(event.subject, 'Marker after the replay');
    await publish(marker); // same key: read after the replayed event
    await waitFor(async () => expect(await timesApplied('Marker after the replay')).toBe(1));
    expect(await timesApplied('Applied meanwhile')).toBe(1);
    expect(handled.slice(handledBefore)).toEqual(['Marker after the replay']);
  });
});
