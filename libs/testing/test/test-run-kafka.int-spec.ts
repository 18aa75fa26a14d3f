import { randomUUID } from 'node:crypto';
import { Kafka, logLevel, type Admin } from 'kafkajs';
import {
  deleteTestRunKafka,
  readTestEnvironment,
  testRunGroupPrefix,
  testRunTopicPrefix,
} from '@crm/testing';

// Two made-up runs on the real broker: the teardown of one must leave the other's topics and groups.
describe('deleteTestRunKafka (global teardown)', () => {
  const brokers = readTestEnvironment().kafkaBrokers.split(',');
  const ourRun = `ours${randomUUID().slice(0, 8)}`;
  const otherRun = `other${randomUUID().slice(0, 8)}`;
  const sharedPrefix = `test.shared${randomUUID().slice(0, 8)}.`;
  const ours = {
    topics: [
      `${testRunTopicPrefix(ourRun)}crm.customer.customer.v1`,
      `${testRunTopicPrefix(ourRun)}${testRunGroupPrefix(ourRun)}a1.sales.dlq`,
      // A run given a prefix by the user still owns the dead-letter topics of its groups.
      `${sharedPrefix}${testRunGroupPrefix(ourRun)}b2.customer.dlq`,
    ],
    groups: [`${testRunGroupPrefix(ourRun)}a1.sales`, `${testRunGroupPrefix(ourRun)}probe-1`],
  };
  const theirs = {
    topics: [
      `${testRunTopicPrefix(otherRun)}crm.customer.customer.v1`,
      `${sharedPrefix}crm.customer.customer.v1`,
      `${sharedPrefix}${testRunGroupPrefix(otherRun)}c3.customer.dlq`,
    ],
    groups: [`${testRunGroupPrefix(otherRun)}c3.customer`],
  };
  let admin: Admin;

  beforeAll(async () => {
    admin = new Kafka({ brokers, logLevel: logLevel.NOTHING }).admin();
    await admin.connect();
    const topics = [...ours.topics, ...theirs.topics];
    await admin.createTopics({
      waitForLeaders: true,
      topics: topics.map((topic) => ({ topic, numPartitions: 1 })),
    });
    // A committed offset makes a group exist without a member; each on a topic of its own run, since
    // deleting a topic also deletes the offsets committed on it (and an empty group without any is gone).
    const commitOffset = (groupId: string, topic: string) =>
      admin.setOffsets({ groupId, topic, partitions: [{ partition: 0, offset: '0' }] });
    for (const groupId of ours.groups) await commitOffset(groupId, ours.topics[0]);
    for (const groupId of theirs.groups) await commitOffset(groupId, theirs.topics[0]);
  });

  afterAll(async () => {
    await admin.disconnect();
    const cleaner = new Kafka({ brokers, logLevel: logLevel.NOTHING }).admin();
    await cleaner.connect();
    await cleaner.deleteGroups([...ours.groups, ...theirs.groups]).catch(() => undefined);
    const left = new Set(await cleaner.listTopics());
    const topics = [...ours.topics, ...theirs.topics].filter((topic) => left.has(topic));
    if (topics.length > 0) await cleaner.deleteTopics({ topics });
    await cleaner.disconnect();
  });

  it("deletes the run's own topics and consumer groups and nothing else", async () => {
    const deleted = await deleteTestRunKafka({
      brokers,
      runId: ourRun,
      ownTopicPrefix: testRunTopicPrefix(ourRun),
    });

    expect(deleted.topics.sort()).toEqual([...ours.topics].sort());
    expect(deleted.groups.sort()).toEqual([...ours.groups].sort());
    // A client that never knew the deleted topics: kafkajs keeps asking for the ones it knows.
    const observer = new Kafka({ brokers, logLevel: logLevel.NOTHING }).admin();
    await observer.connect();
    try {
      const topicsLeft = await observer.listTopics();
      for (const topic of ours.topics) expect(topicsLeft).not.toContain(topic);
      for (const topic of theirs.topics) expect(topicsLeft).toContain(topic);
      const groupsLeft = (await observer.listGroups()).groups.map((group) => group.groupId);
      for (const groupId of ours.groups) expect(groupsLeft).not.toContain(groupId);
      for (const groupId of theirs.groups) expect(groupsLeft).toContain(groupId);
    } finally {
      await observer.disconnect();
    }
  });
});
