import type { DataSource } from 'typeorm';
import { newId } from '@crm/db';
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

/** The relay publishes on notifications; its poll interval is only the fallback when one is lost. */
describe('outbox relay woken while publishing', () => {
  let dataSource: DataSource;
  let relay: OutboxRelay;
  let probe: EventProbe;

  beforeAll(async () => {
    const scratch = await scratchDataSource();
    dataSource = scratch.dataSource;
    probe = await EventProbe.start([TOPIC]);
    relay = new OutboxRelay({
      databaseUrl: scratch.databaseUrl,
      schema: SCRATCH_SERVICE,
      kafka: testKafka(),
      logger: testLogger,
      // Longer than the test may take: every event must go out on a notification.
      pollIntervalMs: 10 * 60_000,
    });
    relay.start();
  });
  afterAll(async () => {
    await relay?.stop();
    await probe?.stop();
    await dataSource?.destroy();
  });

  it('publishes what was committed during its last publish without waiting for the poll interval', async () => {
    for (let pair = 0; pair < 10; pair++) {
      const customerId = newId();
      // The second commit's notification comes while the relay publishes the first row, and it is
      // the last: a relay that missed it would leave the row for the next poll, ten minutes away.
      for (const name of ['First', 'Second']) {
        const event = customerCreatedEvent(customerId, `${name} ${pair}`);
        await dataSource.transaction((manager) => appendToOutbox(manager, [event]));
      }
      await waitFor(() => expect(probe.messages.filter((m) => m.key === customerId)).toHaveLength(2));
    }
  });
});
