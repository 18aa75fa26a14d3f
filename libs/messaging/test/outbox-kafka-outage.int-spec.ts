import type { DataSource } from 'typeorm';
import { EventProbe, waitFor } from '@crm/testing';
import { createKafka } from '../src/kafka-client';
import { appendToOutbox } from '../src/outbox-writer';
import { OutboxRelay } from '../src/outbox-relay';
import { KafkaDoor } from './kafka-door';
import { customerCreatedEvent, SCRATCH_SERVICE, scratchDataSource, testLogger } from './messaging-fixture';

describe('outbox relay while Kafka is unreachable', () => {
  let dataSource: DataSource;
  let relay: OutboxRelay;
  let probe: EventProbe;
  let door: KafkaDoor;

  beforeAll(async () => {
    const scratch = await scratchDataSource();
    dataSource = scratch.dataSource;
    probe = await EventProbe.start(['crm.customer.customer.v1']);
    door = await KafkaDoor.closed();
    const kafka = createKafka('outage-test', [door.broker], testLogger);
    relay = new OutboxRelay({
      databaseUrl: scratch.databaseUrl,
      schema: SCRATCH_SERVICE,
      kafka,
      logger: testLogger,
      pollIntervalMs: 200,
    });
    relay.start();
  });
  afterAll(async () => {
    await relay?.stop();
    await door?.close();
    await probe?.stop();
    await dataSource?.destroy();
  });

  it('keeps the event pending while Kafka is down and delivers it once Kafka is back', async () => {
    const event = customerCreatedEvent(undefined, 'Written during the outage');
    await dataSource.transaction((manager) => appendToOutbox(manager, [event]));

    await new Promise((resolve) => setTimeout(resolve, 2_000));
    const pending = await dataSource.query('SELECT sent_at FROM outbox WHERE event_id = $1', [event.id]);
    expect(pending).toEqual([{ sent_at: null }]);
    expect(probe.messages.some((m) => m.key === event.subject)).toBe(false);

    await door.open();
    await waitFor(() => expect(probe.messages.filter((m) => m.key === event.subject)).toHaveLength(1), {
      timeoutMs: 45_000,
    });
    await waitFor(async () => {
      const sent = await dataSource.query('SELECT sent_at FROM outbox WHERE event_id = $1', [event.id]);
      expect(sent[0].sent_at).not.toBeNull();
    });
  });
});
