import type { Admin } from 'kafkajs';

/** The stretch of one partition a replay applies: offsets `from` (included) to `to` (excluded). */
export interface PartitionRange {
  topic: string;
  partition: number;
  from: bigint;
  to: bigint;
}

export const pendingIn = (range: PartitionRange) => range.to - range.from;

/**
 * Each partition from its first offset to its end now. A partition whose first offset is not 0 lost
 * events to retention (or deletion): a rebuild from it would not give the same figures, so it stops
 * here unless told to go on.
 */
export async function wholeLogOf(
  admin: Admin,
  topics: string[],
  allowTruncated = false,
): Promise<PartitionRange[]> {
  const ranges: PartitionRange[] = [];
  for (const topic of topics) {
    for (const { partition, low, high } of await admin.fetchTopicOffsets(topic)) {
      if (BigInt(low) > 0n && !allowTruncated)
        throw new Error(
          `${topic} partition ${partition} starts at offset ${low}: earlier events were deleted (retention), so a rebuild would differ; set retention.ms=-1 (npm run kafka:topics) or pass --allow-truncated`,
        );
      ranges.push({ topic, partition, from: BigInt(low), to: BigInt(high) });
    }
  }
  return ranges;
}

/** What was appended to the same partitions since `previous` ended. */
export async function sinceRanges(admin: Admin, previous: PartitionRange[]): Promise<PartitionRange[]> {
  const topics = [...new Set(previous.map((range) => range.topic))];
  const ends = new Map<string, bigint>();
  for (const topic of topics)
    for (const { partition, high } of await admin.fetchTopicOffsets(topic))
      ends.set(`${topic}/${partition}`, BigInt(high));
  return previous.map((range) => ({
    ...range,
    from: range.to,
    to: ends.get(`${range.topic}/${range.partition}`) ?? range.to,
  }));
}
