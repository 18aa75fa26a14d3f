import type { Registry } from 'prom-client';
import type { DataSource } from 'typeorm';
import { connectionPoolUseOf } from '@crm/db';
import { readOutboxBacklog, type MessagingObserver } from '@crm/messaging';
import {
  createMetricsRegistry,
  messagingMetrics,
  observeConnectionPool,
  observeOutboxBacklog,
} from '@crm/metrics';

export interface SubgraphMetrics {
  /** What `/metrics` serves; a service's scheduler adds its queues here. */
  registry: Registry;
  messaging: MessagingObserver;
}

/** A subgraph's own registry: its database pool and outbox read at scrape, its messaging counted. */
export function createSubgraphMetrics(service: string, dataSource: DataSource): SubgraphMetrics {
  const registry = createMetricsRegistry(service);
  observeConnectionPool(registry, () => connectionPoolUseOf(dataSource));
  // The service's schema is named after it (DESIGN §5).
  observeOutboxBacklog(registry, () => readOutboxBacklog(dataSource, service));
  return { registry, messaging: messagingMetrics(registry) };
}
