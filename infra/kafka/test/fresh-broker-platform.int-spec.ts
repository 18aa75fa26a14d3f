// The first `npm start` on a new machine: a broker formatted a moment ago, no topic on it yet.
// This file runs its own broker (free ports, empty storage in a temporary directory) and never
// talks to the shared one.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Kafka, logLevel, ConfigResourceTypes } from 'kafkajs';
import { deadLetterTopicOf, kafkaTopicOf, platformTopicSpecs } from '@crm/messaging';
import {
  freePort,
  graphqlRequest,
  readTestEnvironment,
  startPlatform,
  testRunGroupPrefix,
  tokenFor,
  waitFor,
  type TestPlatform,
} from '@crm/platform-testing';
import { provisionPlatformTopics } from '@crm/infra';

const KAFKA_SCRIPT = path.join(__dirname, '..', 'kafka.sh');
const BROKER_START_MS = 180_000;

interface FreshBroker {
  env: Record<string, string>;
  address: string;
}

function kafkaSh(command: 'up' | 'down', env: Record<string, string>): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('bash', [KAFKA_SCRIPT, command], { env: { ...process.env, ...env } });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`kafka.sh ${command} exited with ${code}:\n${output}`)),
    );
  });
}

async function startFreshBroker(): Promise<FreshBroker> {
  const brokerPort = await freePort();
  const env = {
    KAFKA_BROKER_PORT: String(brokerPort),
    KAFKA_CONTROLLER_PORT: String(await freePort()),
    KAFKA_DATA_DIR: mkdtempSync(path.join(tmpdir(), 'crm-fresh-kafka-')),
  };
  await kafkaSh('up', env);
  return { env, address: `127.0.0.1:${brokerPort}` };
}

describe('the platform on a brand new Kafka broker', () => {
  const sharedBrokers = process.env.KAFKA_BROKERS;
  let broker: FreshBroker | undefined;
  let platform: TestPlatform | undefined;

  beforeAll(async () => {
    broker = await startFreshBroker();
    // Everything this file starts reads the broker from here (readTestEnvironment).
    process.env.KAFKA_BROKERS = broker.address;
  }, BROKER_START_MS);

  afterAll(async () => {
    await platform?.stop();
    process.env.KAFKA_BROKERS = sharedBrokers;
    if (!broker) return;
    await kafkaSh('down', broker.env);
    rmSync(broker.env.KAFKA_DATA_DIR, { recursive: true, force: true });
  }, 60_000);

  it('provisions every catalogue and dead-letter topic, each partition with a leader', async () => {
    const groupId = `${testRunGroupPrefix(readTestEnvironment().runId)}fresh.customer`;
    await provisionPlatformTopics([broker!.address], [groupId]);

    const specs = platformTopicSpecs([groupId]);
    const admin = new Kafka({ brokers: [broker!.address], logLevel: logLevel.NOTHING }).admin();
    await admin.connect();
    try {
      const { topics } = await admin.fetchTopicMetadata({ topics: specs.map((spec) => spec.topic) });
      expect(topics.map((topic) => topic.name).sort()).toEqual(specs.map((spec) => spec.topic).sort());
      expect(topics.map((topic) => topic.name)).toContain(kafkaTopicOf('crm.customer.customer.v1'));
      expect(topics.map((topic) => topic.name)).toContain(kafkaTopicOf(deadLetterTopicOf(groupId)));
      for (const topic of topics) {
        expect(topic.partitions).toHaveLength(3);
        expect(topic.partitions.every((partition) => partition.leader >= 0)).toBe(true);
      }
      const { resources } = await admin.describeConfigs({
        includeSynonyms: false,
        resources: specs.map((spec) => ({
          type: ConfigResourceTypes.TOPIC,
          name: spec.topic,
          configNames: ['retention.ms'],
        })),
      });
      const retention = Object.fromEntries(
        resources.map((resource) => [resource.resourceName, Number(resource.configEntries[0].configValue)]),
      );
      expect(retention).toEqual(Object.fromEntries(specs.map((spec) => [spec.topic, spec.retentionMs])));
    } finally {
      await admin.disconnect();
    }
  }, 90_000);

  it('serves an authenticated query through the gateway and carries events between services', async () => {
    platform = await startPlatform();
    const token = await tokenFor();
    const send = async <T>(query: string, variables: Record<string, unknown> = {}): Promise<T> => {
      const response = await graphqlRequest<T>(platform!.gatewayUrl, query, variables, token);
      if (response.errors) throw new Error(JSON.stringify(response.errors));
      return response.data as T;
    };

    const { createCustomer } = await send<{ createCustomer: { id: string } }>(
      'mutation { createCustomer(input: { kind: COMPANY, name: "First Start GmbH" }) { id } }',
    );
    // Sales learns the customer from customer.created, analytics the deal from opportunity.created.
    await waitFor(() =>
      send(
        'mutation ($customerId: ID!) { createOpportunity(input: { customerId: $customerId, name: "Pilot", amount: "12500.00", currency: "EUR" }) { id } }',
        { customerId: createCustomer.id },
      ),
    );
    const metrics = await waitFor(async () => {
      const { customer } = await send<{ customer: { name: string; metrics: { openOpportunities: number } } }>(
        'query ($id: ID!) { customer(id: $id) { name metrics { openOpportunities } } }',
        { id: createCustomer.id },
      );
      expect(customer.metrics.openOpportunities).toBe(1);
      return customer;
    });
    expect(metrics).toEqual({ name: 'First Start GmbH', metrics: { openOpportunities: 1 } });
  }, 180_000);
});
