import type { Kafka, KafkaMessage } from 'kafkajs';
import { readRanges } from './partition-reader';
import type { PartitionRange } from './partition-range';
import type { ReplayProgress } from './replay-progress';
import { applyMessages, emptyTally, type ReplayTally, type ReplayTarget } from './replay-applier';
import { seededInterleaving } from './seeded-interleaving';

export interface ReplayOptions {
  kafka: Kafka;
  target: ReplayTarget;
  progress: ReplayProgress;
  /** The throwaway reader groups are named after it. */
  groupPrefix: string;
  /**
   * Apply the partitions interleaved at random from this seed instead of as they are fetched (a
   * check that the read models do not depend on the order across partitions; holds the log in memory).
   */
  shuffleSeed?: number;
}

function plan(ranges: PartitionRange[], progress: ReplayProgress): void {
  const totals = new Map<string, number>();
  for (const range of ranges)
    totals.set(range.topic, (totals.get(range.topic) ?? 0) + Number(range.to - range.from));
  progress.planned(totals);
}

/** Applies the ranges to the target, each partition in its order, and tells what it did. */
export async function replayRanges(ranges: PartitionRange[], options: ReplayOptions): Promise<ReplayTally> {
  const { kafka, target, progress, groupPrefix, shuffleSeed } = options;
  const tally = emptyTally();
  plan(ranges, progress);
  if (shuffleSeed === undefined) {
    await readRanges(kafka, ranges, groupPrefix, async (topic, _partition, messages) => {
      await applyMessages(target, topic, messages, tally);
      progress.read(topic, messages.length);
    });
    return tally;
  }
  const partitions = new Map<string, { topic: string; messages: KafkaMessage[] }>();
  await readRanges(kafka, ranges, groupPrefix, async (topic, partition, messages) => {
    const key = `${topic}/${partition}`;
    if (!partitions.has(key)) partitions.set(key, { topic, messages: [] });
    partitions.get(key)!.messages.push(...messages);
  });
  for (const { topic, messages } of seededInterleaving([...partitions.values()], shuffleSeed)) {
    await applyMessages(target, topic, messages, tally);
    progress.read(topic, messages.length);
  }
  return tally;
}
