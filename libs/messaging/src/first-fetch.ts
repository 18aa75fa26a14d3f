import type { Consumer } from 'kafkajs';

/**
 * Resolves once the consumer has joined its group and fetched: from then on its partitions'
 * positions are fixed, so for a new group reading from the latest offset nothing produced
 * afterwards can be skipped. Call before `consumer.run`.
 */
export function firstFetchOf(consumer: Consumer, timeoutMs = 30_000): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`consumer did not fetch within ${timeoutMs} ms`)),
      timeoutMs,
    );
    const stopListening = consumer.on(consumer.events.FETCH, () => {
      clearTimeout(timer);
      stopListening();
      resolve();
    });
  });
}
