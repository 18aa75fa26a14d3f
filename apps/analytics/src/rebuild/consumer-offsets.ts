import type { Admin } from 'kafkajs';
import type { PartitionRange } from './partition-range';

export type OffsetMove = 'moved' | 'group active';

/**
 * Points the live consumer group at the end of the replay, so it goes on from there. Kafka takes
 * offsets only from a group without members: with analytics running, its consumer keeps its own
 * position and the inbox of the rebuilt schema, which holds every replayed event, skips what it
 * reads again.
 */
export async function moveGroupOffsets(
  admin: Admin,
  groupId: string,
  ends: PartitionRange[],
): Promise<OffsetMove> {
  const { groups } = await admin.describeGroups([groupId]);
  if (groups.some((group) => group.members.length > 0)) return 'group active';
  const topics = [...new Set(ends.map((range) => range.topic))];
  try {
    for (const topic of topics) {
      const partitions = ends
        .filter((range) => range.topic === topic)
        .map((range) => ({ partition: range.partition, offset: String(range.to) }));
      await admin.setOffsets({ groupId, topic, partitions });
    }
  } catch (error) {
    // The service joined meanwhile: it reads on from its own position (see above).
    if (error instanceof Error && /running|member|rebalanc/i.test(error.message)) return 'group active';
    throw error;
  }
  return 'moved';
}
