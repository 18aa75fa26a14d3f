import type { Admin, Kafka } from 'kafkajs';
import type { PartitionRange } from './partition-range';

export type OffsetMove = 'moved' | 'group active';

/**
 * Points the live consumer group at the end of the replay, so it goes on from there. Kafka takes
 * offsets only from a member of the group, so this joins it alone (one join for every topic:
 * kafkajs' admin.setOffsets joins once per topic) and commits. It does so only while the group has
 * no members: with analytics running, its consumer keeps its own position and the inbox of the
 * rebuilt schema, which holds every replayed event, skips what it reads again.
 */
export async function moveGroupOffsets(
  kafka: Kafka,
  admin: Admin,
  groupId: string,
  ends: PartitionRange[],
): Promise<OffsetMove> {
  const { groups } = await admin.describeGroups([groupId]);
  if (groups.some((group) => group.members.length > 0)) return 'group active';
  const consumer = kafka.consumer({ groupId, maxWaitTimeInMs: 250 });
  try {
    await consumer.connect();
    await consumer.subscribe({ topics: [...new Set(ends.map((range) => range.topic))] });
    const joined = new Promise<void>((resolve) => consumer.on(consumer.events.GROUP_JOIN, () => resolve()));
    // Reads nothing: the member exists only to commit; auto-commit off, so fetched batches move nothing.
    await consumer.run({ autoCommit: false, eachBatchAutoResolve: false, eachBatch: async () => undefined });
    await joined;
    await consumer.commitOffsets(
      ends.map((range) => ({ topic: range.topic, partition: range.partition, offset: String(range.to) })),
    );
  } finally {
    await consumer.disconnect();
  }
  return 'moved';
}
