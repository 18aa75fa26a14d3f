import type { Registry } from 'prom-client';
import type { ConnectionPoolUse } from '@crm/db';
import { METRICS } from './metric-catalogue';
import { scrapedGaugeOf } from './metric-of';

/** The service database pool's use, read at each scrape; nothing while the pool is closed. */
export function observeConnectionPool(
  registry: Registry,
  poolUse: () => ConnectionPoolUse | undefined,
): void {
  scrapedGaugeOf(registry, METRICS.dbPoolConnections, ['state'], (gauge) => {
    gauge.reset();
    const use = poolUse();
    if (!use) return;
    gauge.set({ state: 'total' }, use.total);
    gauge.set({ state: 'idle' }, use.idle);
    gauge.set({ state: 'active' }, use.total - use.idle);
  });
  scrapedGaugeOf(registry, METRICS.dbPoolMaxConnections, [], (gauge) => {
    gauge.reset();
    const use = poolUse();
    if (use) gauge.set(use.max);
  });
  scrapedGaugeOf(registry, METRICS.dbPoolWaitingClients, [], (gauge) => {
    gauge.reset();
    const use = poolUse();
    if (use) gauge.set(use.waiting);
  });
}
