import type { KafkaMessage } from 'kafkajs';

interface PartitionLog {
  topic: string;
  messages: KafkaMessage[];
}

/** mulberry32: a small seeded generator, so a failing interleaving can be run again. */
function randomFrom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const MAX_RUN = 4;

/**
 * The partitions' messages as runs of 1 to 4 from a partition picked at random each time: every
 * partition stays in its order (as Kafka guarantees), the order across partitions is anything.
 */
export function* seededInterleaving(partitions: PartitionLog[], seed: number): Generator<PartitionLog> {
  const random = randomFrom(seed);
  const positions = partitions.map(() => 0);
  const open = () =>
    partitions.flatMap((log, index) => (positions[index] < log.messages.length ? [index] : []));
  for (let left = open(); left.length > 0; left = open()) {
    const index = left[Math.floor(random() * left.length)];
    const run = 1 + Math.floor(random() * MAX_RUN);
    const { topic, messages } = partitions[index];
    yield { topic, messages: messages.slice(positions[index], positions[index] + run) };
    positions[index] += run;
  }
}
