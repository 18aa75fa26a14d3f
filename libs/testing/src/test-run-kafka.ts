import { Kafka, logLevel } from 'kafkajs';

/** Consumer groups of one test run start with this, so its teardown finds them (and only them). */
export const testRunGroupPrefix = (runId: string) => `crm-test-${runId}-`;

/** The topic prefix of a run that was given none: its events and topics are its own. */
export const testRunTopicPrefix = (runId: string) => `test.${runId}.`;

export interface TestRunKafka {
  brokers: string[];
  runId: string;
  /** Set when every topic under it belongs to this run (the setup chose it). */
  ownTopicPrefix?: string;
}

/**
 * Deletes what one test run left on the broker: the topics under its own prefix, the
 * dead-letter topics of its consumer groups, and the groups. Other runs' topics stay.
 */
export async function deleteTestRunKafka(run: TestRunKafka): Promise<{ topics: string[]; groups: string[] }> {
  const admin = new Kafka({
    clientId: 'crm-test-teardown',
    brokers: run.brokers,
    logLevel: logLevel.NOTHING,
  }).admin();
  await admin.connect();
  try {
    const groupPrefix = testRunGroupPrefix(run.runId);
    const topics = (await admin.listTopics()).filter(
      (topic) =>
        (run.ownTopicPrefix !== undefined && topic.startsWith(run.ownTopicPrefix)) ||
        topic.includes(groupPrefix),
    );
    const groups = (await admin.listGroups()).groups
      .map((group) => group.groupId)
      .filter((groupId) => groupId.startsWith(groupPrefix));
    // A group a killed member still holds (until its session times out) cannot be deleted yet;
    // that must not keep the run's topics on the broker.
    if (groups.length > 0) await admin.deleteGroups(groups).catch(() => undefined);
    if (topics.length > 0) await admin.deleteTopics({ topics });
    return { topics, groups };
  } finally {
    await admin.disconnect();
  }
}
