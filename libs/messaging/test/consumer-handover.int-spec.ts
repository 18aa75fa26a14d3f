import { randomUUID } from 'node:crypto';
import type { Admin, Producer } from 'kafkajs';
import type { DataSource } from 'typeorm';
import { readTestEnvironment, waitFor } from '@crm/testing';
import { EventConsumer } from '../src/event-consumer';
import { kafkaTopicOf } from '../src/topic-namespace';
import { TOPIC_PARTITIONS } from '../src/topic-provisioning';
import { customerCreatedEvent, scratchDataSource, testKafka, testLogger } from './messaging-fixture';

const TOPIC = kafkaTopicOf('crm.customer.customer.v1');

describe('event consumers of one group handing over partitions', () => {
  const groupId = `crm-test-${readTestEnvironment().runId}-handover-${randomUUID().slice(0, 8)}`;
  let dataSource: DataSource;
  let producer: Producer;
  let admin: Admin;
  const members: Record<'first' | 'second', EventConsumer | undefined> = {
    first: undefined,
    second: undefined,
  };
  /** Which member applied each event. */
  const appliedBy = new Map<string, string>();

  const member = (name: 'first' | 'second') =>
    new EventConsumer({
      kafka: testKafka(),
      dataSource,
      groupId,
      startFrom: 'latest',
      logger: testLogger,
      handlers: {
        'crm.customer.customer.created': async (event) => {
          appliedBy.set(event.data.name, name);
        },
      },
    });

  /** Events with keys spread over every partition, each applied by whoever holds its partition now. */
  async function publishAndWaitForAll(prefix: string): Promise<string[]> {
    const names = Array.from({ length: 4 * TOPIC_PARTITIONS }, (_, i) => `${prefix} ${i}`);
    const events = names.map((name) => customerCreatedEvent(undefined, name));
    await producer.send({
      topic: TOPIC,
      messages: events.map((event) => ({ key: event.subject, value: JSON.stringify(event) })),
    });
    await waitFor(() => expect(names.filter((name) => appliedBy.has(name))).toHaveLength(names.length), {
      timeoutMs: 60_000,
    });
    return names;
  }

  beforeAll(async () => {
    ({ dataSource } = await scratchDataSource());
    producer = testKafka().producer();
    await producer.connect();
    admin = testKafka().admin();
    await admin.connect();
  });
  afterAll(async () => {
    await members.first?.stop();
    await members.second?.stop();
    await producer?.disconnect();
    await admin?.disconnect();
    await dataSource?.destroy();
  });

  it('gives a stopping member’s partitions to the other at once: stop() leaves the group', async () => {
    members.first = member('first');
    members.second = member('second');
    await members.first.start();
    await members.second.start();
    // Offsets committed on every partition: a partition taken over later resumes there, not at its end.
    await publishAndWaitForAll('Before the handover');

    const membersNow = async () => (await admin.describeGroups([groupId])).groups[0].members.length;
    expect(await membersNow()).toBe(2);
    const stoppedAt = Date.now();
    await members.first.stop();
    // Left, not merely silent: a silent member stays listed until its session times out.
    expect(await membersNow()).toBe(1);
    const names = await publishAndWaitForAll('After the handover');
    expect(new Set(names.map((name) => appliedBy.get(name)))).toEqual(new Set(['second']));
    // A figure for the report, not an assertion: the session timeout (10 s) is not waited for.
    console.log(
      `handover after stop(): all partitions applying again ${Date.now() - stoppedAt} ms after the stop`,
    );
  }, 90_000);
});
