import type { Registry } from 'prom-client';
import type { MessagingObserver } from '@crm/messaging';
import { METRICS } from './metric-catalogue';
import { counterOf, gaugeOf } from './metric-of';

/** The metrics side of @crm/messaging's MessagingObserver: relay, consumer lag and dead letters. */
export function messagingMetrics(registry: Registry): MessagingObserver {
  const published = counterOf(registry, METRICS.outboxPublished, ['topic']);
  const deadLetters = counterOf(registry, METRICS.deadLetters, ['topic']);
  const lag = gaugeOf(registry, METRICS.consumerLag, ['topic', 'partition']);
  return {
    published: (topic, count) => published.inc({ topic }, count),
    consumerLagged: (topic, partition, messages) =>
      lag.set({ topic, partition: String(partition) }, messages),
    deadLettered: (topic) => deadLetters.inc({ topic }),
  };
}
