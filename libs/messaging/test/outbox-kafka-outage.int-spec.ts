import net from 'node:net';
import type { DataSource } from 'typeorm';
import { EventProbe, readTestEnvironment, waitFor } from '@crm/testing';
import { createKafka } from '../src/kafka-client';
import { appendToOutbox } from '../src/outbox-writer';
import { OutboxRelay } from '../src/outbox-relay';
import { customerCreatedEvent, SCRATCH_SERVICE, scratchDataSource, testLogger } from './messaging-fixture';

/**
 * The relay reaches Kafka through a local TCP door that starts closed: to the relay the broker
 * is down until the door opens (kafkajs then learns the real broker address from metadata).
 */
function kafkaDoor(port: number) {
  const [host, brokerPort] = readTestEnvironment().kafkaBrokers.split(',')[0].split(':');
  const server = net.createServer((client) => {
    const broker = net.connect(Number(brokerPort), host);
    client.pipe(broker).pipe(client);
    client.on('error', () => broker.destroy());
    broker.on('error', () => client.destroy());
  });
  return {
    open: () => new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve)),
    close: () =>
      new Promise<void>((resolve) => (server.listening ? server.close(() => resolve()) : resolve())),
  };
}

async function freePort(): Promise<number> {
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as net.AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

describe('outbox relay while Kafka is unreachable', () => {
  let dataSource: DataSource;
  let relay: OutboxRelay;
  let probe: EventProbe;
  let door: ReturnType<typeof kafkaDoor>;

  beforeAll(async () => {
    const scratch = await scratchDataSource();
    dataSource = scratch.dataSource;
    probe = await EventProbe.start(['crm.customer.customer.v1']);
    const port = await freePort();
    door = kafkaDoor(port);
    const kafka = createKafka('outage-test', [`127.0.0.1:${port}`], testLogger);
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
