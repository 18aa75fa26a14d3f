import type { Registry } from 'prom-client';
import type { OutboxBacklog } from '@crm/messaging';
import { latestReading } from './latest-reading';
import { METRICS } from './metric-catalogue';
import { scrapedGaugeOf } from './metric-of';

/**
 * The outbox's backlog, read at each scrape. While the database does not answer the gauges show
 * nothing (an absent series alerts as such), rather than failing the whole scrape.
 */
export function observeOutboxBacklog(registry: Registry, read: () => Promise<OutboxBacklog>): void {
  const backlog = latestReading(() => read().catch(() => undefined));
  scrapedGaugeOf(registry, METRICS.outboxPending, [], async (gauge) => {
    gauge.reset();
    const reading = await backlog();
    if (reading) gauge.set(reading.pending);
  });
  scrapedGaugeOf(registry, METRICS.outboxOldestPendingAge, [], async (gauge) => {
    gauge.reset();
    const reading = await backlog();
    if (reading) gauge.set(reading.oldestPendingAgeSeconds);
  });
}
