import type { Kafka } from 'kafkajs';

/**
 * A group that has never committed starts at the end of its topics instead of replaying
 * history. Done eagerly, before the first fetch, so nothing produced after start is missed.
 */
export async function moveNewGroupToLatest(kafka: Kafka, groupId: string, topics: string[]): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const committed = await admin.fetchOffsets({ groupId, topics });
    const isNewGroup = committed.every((topic) => topic.partitions.every((p) => p.offset === '-1'));
    if (!isNewGroup) return;
    for (const topic of topics) {
      const latest = await admin.fetchTopicOffsets(topic);
      await admin.setOffsets({
        groupId,
        topic,
        partitions: latest.map(({ partition, high }) => ({ partition, offset: high })),
      });
    }
  } finally {
    await admin.disconnect();
  }
}
