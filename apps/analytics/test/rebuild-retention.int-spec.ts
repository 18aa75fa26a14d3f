import { randomUUID } from 'node:crypto';
import { ConfigResourceTypes, Kafka, logLevel, type Admin } from 'kafkajs';
import { eventTopicSpec, kafkaTopicOf, provisionTopics } from '@crm/messaging';
import { readTestEnvironment } from '@crm/platform-testing';

const WEEK_MS = 7 * 24 * 60 * 60 * 1_000;

async function retentionOf(admin: Admin, topic: string): Promise<string | undefined> {
  const { resources } = await admin.describeConfigs({
    includeSynonyms: false,
    resources: [{ type: ConfigResourceTypes.TOPIC, name: topic, configNames: ['retention.ms'] }],
  });
  return resources[0].configEntries[0]?.configValue;
}

describe('event topics keep their whole history, so analytics can be rebuilt from them', () => {
  const kafka = new Kafka({
    brokers: readTestEnvironment().kafkaBrokers.split(','),
    logLevel: logLevel.NOTHING,
  });
  const admin = kafka.admin();
  const topics = [randomUUID(), randomUUID()].map((id) => kafkaTopicOf(`crm.retention-${id}.v1`));

  beforeAll(() => admin.connect());
  afterAll(async () => {
    await admin.deleteTopics({ topics }).catch(() => undefined);
    await admin.disconnect();
  });

  it('provisions an event topic with retention.ms=-1, as the broker reports it', async () => {
    await provisionTopics(kafka, [eventTopicSpec(topics[0])]);
    expect(await retentionOf(admin, topics[0])).toBe('-1');
  });

  it('sets retention.ms=-1 on an event topic made before with a week', async () => {
    await admin.createTopics({
      waitForLeaders: true,
      topics: [
        {
          topic: topics[1],
          numPartitions: 3,
          configEntries: [{ name: 'retention.ms', value: String(WEEK_MS) }],
        },
      ],
    });
    expect(await retentionOf(admin, topics[1])).toBe(String(WEEK_MS));
    await provisionTopics(kafka, [eventTopicSpec(topics[1])]);
    expect(await retentionOf(admin, topics[1])).toBe('-1');
  });
});
