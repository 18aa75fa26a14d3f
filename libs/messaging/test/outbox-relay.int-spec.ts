import type { DataSource } from 'typeorm';
import { newId } from '@crm/db';
import { parseEvent } from '@crm/events';
import { EventProbe, waitFor } from '@crm/testing';
import { appendToOutbox } from '../src/outbox-writer';
import { OutboxRelay } from '../src/outbox-relay';
import {
  customerCreatedEvent,
  SCRATCH_SERVICE,
  scratchDataSource,
  testKafka,
  testLogger,
} from './messaging-fixture';

const TOPIC = 'crm.customer.customer.v1';

describe('outbox relay', () => {
  let dataSource: DataSource;
  let relay: OutboxRelay;
  let probe: EventProbe;
  let databaseUrl: string;

  beforeAll(async () => {
    const scratch = await scratchDataSource();
    dataSource = scratch.dataSource;
    databaseUrl = scratch.databaseUrl;
    probe = await EventProbe.start([TOPIC]);
    relay = new OutboxRelay({
      databaseUrl,
      schema: SCRATCH_SERVICE,
      kafka: testKafka(),
      logger: testLogger,
      pollIntervalMs: 1_000,
    });
    relay.start();
  });
  afterAll(async () => {
    await relay?.stop();
    await probe?.stop();
    await dataSource?.destroy();
  });

  it('publishes nothing for a rolled-back transaction', async () => {
    const rolledBack = customerCreatedEvent();
    const committed = customerCreatedEvent();
    await expect(
      dataSource.transaction(async (manager) => {
        await appendToOutbox(manager, [rolledBack]);
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    await dataSource.transaction((manager) => appendToOutbox(manager, [committed]));

    // Once the later, committed event is out, the rolled-back one would have been too.
    await waitFor(() => expect(probe.messages.some((m) => m.key === committed.subject)).toBe(true));
    expect(probe.messages.some((m) => m.key === rolledBack.subject)).toBe(false);
    const rows = await dataSource.query('SELECT count(*) AS n FROM outbox WHERE event_id = $1', [
      rolledBack.id,
    ]);
    expect(rows[0].n).toBe('0');
  });

  it('delivers the events of one aggregate in commit order and marks them sent', async () => {
    const customerId = newId();
    const events = Array.from({ length: 40 }, (_, i) => customerCreatedEvent(customerId, `Version ${i}`));
    for (const event of events) await dataSource.transaction((manager) => appendToOutbox(manager, [event]));

    const received = await waitFor(() => {
      const mine = probe.messages.filter((m) => m.key === customerId);
      expect(mine).toHaveLength(40);
      return mine;
    });
    expect(received.map((m) => parseEvent(m.value).id)).toEqual(events.map((e) => e.id));
    await waitFor(async () => {
      const pending = await dataSource.query('SELECT count(*) AS n FROM outbox WHERE sent_at IS NULL');
      expect(pending[0].n).toBe('0');
    });
  });

  it('keeps a second relay of the same service on standby', async () => {
    const standby = new OutboxRelay({
      databaseUrl,
      schema: SCRATCH_SERVICE,
      kafka: testKafka(),
      logger: testLogger,
      pollIntervalMs: 200,
    });
    standby.start();
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(relay.isActive).toBe(true);
    expect(standby.isActive).toBe(false);
    await standby.stop();
  });

  it('refuses to write events outside a transaction', async () => {
    await expect(appendToOutbox(dataSource.manager, [customerCreatedEvent()])).rejects.toThrow(
      /inside the transaction/,
    );
  });
});
