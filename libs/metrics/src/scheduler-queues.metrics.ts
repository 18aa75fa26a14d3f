import type { Registry } from 'prom-client';
import type { QueueState } from '@crm/scheduler';
import { latestReading } from './latest-reading';
import { METRICS } from './metric-catalogue';
import { scrapedGaugeOf } from './metric-of';

/** A service's job queues, read at each scrape; nothing while the queue cannot be read. */
export function observeSchedulerQueues(registry: Registry, read: () => Promise<QueueState[]>): void {
  const queues = latestReading(() => read().catch(() => [] as QueueState[]));
  scrapedGaugeOf(registry, METRICS.schedulerQueueDepth, ['queue'], async (gauge) => {
    gauge.reset();
    for (const { queue, waiting } of await queues()) gauge.set({ queue }, waiting);
  });
  scrapedGaugeOf(registry, METRICS.schedulerFailedJobs, ['queue'], async (gauge) => {
    gauge.reset();
    for (const { queue, failed } of await queues()) gauge.set({ queue }, failed);
  });
}
