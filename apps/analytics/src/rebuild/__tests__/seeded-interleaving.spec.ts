import type { KafkaMessage } from 'kafkajs';
import { seededInterleaving } from '../seeded-interleaving';

const messages = (count: number) =>
  Array.from({ length: count }, (_, offset) => ({ offset: String(offset) }) as KafkaMessage);

const partitions = () => [
  { topic: 'a', messages: messages(7) },
  { topic: 'b', messages: messages(5) },
  { topic: 'c', messages: messages(3) },
];

const order = (seed: number) =>
  [...seededInterleaving(partitions(), seed)].flatMap((run) =>
    run.messages.map((m) => `${run.topic}${m.offset}`),
  );

describe('seededInterleaving', () => {
  it('yields every message once, each partition in its order', () => {
    const sequence = order(7);
    expect(sequence).toHaveLength(15);
    for (const topic of ['a', 'b', 'c']) {
      const offsets = sequence.filter((item) => item.startsWith(topic)).map((item) => Number(item.slice(1)));
      expect(offsets).toEqual([...offsets].sort((x, y) => x - y));
      expect(new Set(offsets).size).toBe(offsets.length);
    }
  });

  it('gives the same interleaving for a seed and others for other seeds', () => {
    expect(order(3)).toEqual(order(3));
    const distinct = new Set([1, 2, 3, 4, 5].map((seed) => order(seed).join(',')));
    expect(distinct.size).toBeGreaterThan(1);
  });
});
