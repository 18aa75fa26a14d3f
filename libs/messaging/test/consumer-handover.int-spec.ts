import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { Admin, Producer } from 'kafkajs';
import type { DataSource } from 'typeorm';
import { readTestEnvironment, waitFor } from '@crm/testing';
import { EventConsumer } from '../src/event-consumer';
import { CONSUMER_SESSION_TIMEOUT_MS } from '../src/group-session';
import { kafkaTopicOf } from '../src/topic-namespace';
import { TOPIC_PARTITIONS } from '../src/topic-provisioning';
import { customerCreatedEvent, scratchDataSource, testKafka, testLogger } from './messaging-fixture';

const TOPIC = kafkaTopicOf('crm.customer.customer.v1');

describe('event consumers of one group handing over partitions', () => {
  let dataSource: DataSource;
  let producer: Producer;
  let admin: Admin;
  const consumers: EventConsumer[] = [];
  const processes: ChildProcess[] = [];

  const newGroupId = () => `crm-test-${readTestEnvironment().runId}-handover-${randomUUID().slice(0, 8)}`;

  function member(groupId: string, name: string): EventConsumer {
    const consumer = new EventConsumer({
      kafka: testKafka(),
      dataSource,
      groupId,
      startFrom: 'latest',
      logger: testLogger,
      handlers: {
        'crm.customer.customer.created': async (event, manager) => {
          await manager.query('INSERT INTO handover_effects (name, member) VALUES ($1, $2)', [
            event.data.name,
            name,
          ]);
        },
      },
    });
    consumers.push(consumer);
    return consumer;
  }

  /** A member in its own process (support/member-process.ts), resolved once it has joined. */
  function memberProcess(groupId: string, name: string): Promise<ChildProcess> {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', join(__dirname, 'support', 'member-process.ts'), groupId, name],
      { env: process.env, stdio: ['ignore', 'pipe', 'inherit'] },
    );
    processes.push(child);
    return new Promise((resolve, reject) => {
      child.stdout?.on('data', (chunk: Buffer) => chunk.toString().includes('joined') && resolve(child));
      child.on('exit', (code) => reject(new Error(`member process exited with ${code}`)));
    });
  }

  const membersOf = async (groupId: string) =>
    (await admin.describeGroups([groupId])).groups[0].members.length;

  /** Events with keys spread over every partition; returns who applied each, once all are applied. */
  async function publishAndWaitForAll(prefix: string): Promise<string[]> {
    const names = Array.from({ length: 4 * TOPIC_PARTITIONS }, (_, i) => `${prefix} ${i}`);
    const events = names.map((name) => customerCreatedEvent(undefined, name));
    await producer.send({
      topic: TOPIC,
      messages: events.map((event) => ({ key: event.subject, value: JSON.stringify(event) })),
    });
    return waitFor(
      async () => {
        const rows: { member: string }[] = await dataSource.query(
          'SELECT member FROM handover_effects WHERE name = ANY($1)',
          [names],
        );
        expect(rows).toHaveLength(names.length);
        return rows.map((row) => row.member);
      },
      { timeoutMs: 60_000 },
    );
  }

  beforeAll(async () => {
    ({ dataSource } = await scratchDataSource());
    await dataSource.query('CREATE TABLE IF NOT EXISTS handover_effects (name text, member text)');
    producer = testKafka().producer();
    await producer.connect();
    admin = testKafka().admin();
    await admin.connect();
  });
  // Both groups read the same topic: the members of one test must not apply the next test's events.
  afterEach(async () => {
    for (const child of processes.splice(0)) child.kill('SIGKILL');
    for (const consumer of consumers.splice(0)) await consumer.stop();
  });
  afterAll(async () => {
    await producer?.disconnect();
    await admin?.disconnect();
    await dataSource?.destroy();
  });

  it('gives a stopping member’s partitions to the other at once: stop() leaves the group', async () => {
    const groupId = newGroupId();
    const leaving = member(groupId, 'leaving');
    await leaving.start();
    await member(groupId, 'staying').start();
    // Offsets committed on every partition: a partition taken over later resumes there, not at its end.
    await publishAndWaitForAll('Before the stop');
    expect(await membersOf(groupId)).toBe(2);

    const stoppedAt = Date.now();
    await leaving.stop();
    // Left, not merely silent: a silent member stays listed until its session times out.
    expect(await membersOf(groupId)).toBe(1);
    expect(new Set(await publishAndWaitForAll('After the stop'))).toEqual(new Set(['staying']));
    // A figure for the report, not an assertion.
    console.log(`stop(): every partition applying again ${Date.now() - stoppedAt} ms later`);
  }, 90_000);

  it('gives a killed member’s partitions to the other once its session times out', async () => {
    const groupId = newGroupId();
    const killed = await memberProcess(groupId, 'killed');
    await member(groupId, 'surviving').start();
    await publishAndWaitForAll('Before the kill');
    expect(await membersOf(groupId)).toBe(2);

    const killedAt = Date.now();
    const exited = new Promise((resolve) => killed.once('exit', resolve));
    killed.kill('SIGKILL');
    await exited;
    expect(new Set(await publishAndWaitForAll('After the kill'))).toEqual(new Set(['surviving']));
    console.log(
      `kill -9: every partition applying again ${Date.now() - killedAt} ms later ` +
        `(session timeout ${CONSUMER_SESSION_TIMEOUT_MS} ms)`,
    );
  }, 120_000);
});
