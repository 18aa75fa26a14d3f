/**
 * Every metric the platform exports, by name: the code declares its metrics from here, and the
 * dashboard and alert rules in infra/ are checked against it (infra/__tests__/metrics-queries.spec.ts).
 * `exportedBy` says which `/metrics` endpoints carry it.
 */
export type MetricExporter = 'gateway' | 'subgraph' | 'subgraph-with-jobs';

export type MetricKind = 'counter' | 'gauge' | 'histogram';

export interface MetricDefinition {
  name: string;
  kind: MetricKind;
  help: string;
  exportedBy: readonly MetricExporter[];
}

const define = (
  kind: MetricKind,
  name: string,
  help: string,
  ...exportedBy: MetricExporter[]
): MetricDefinition => ({ name, kind, help, exportedBy });

const EVERY_SERVICE: MetricExporter[] = ['gateway', 'subgraph', 'subgraph-with-jobs'];
const EVERY_SUBGRAPH: MetricExporter[] = ['subgraph', 'subgraph-with-jobs'];

export const METRICS = {
  graphqlRequests: define(
    'counter',
    'crm_graphql_requests_total',
    'GraphQL requests by operation',
    ...EVERY_SERVICE,
  ),
  graphqlRequestDuration: define(
    'histogram',
    'crm_graphql_request_duration_seconds',
    'GraphQL request latency by operation, from receipt to the response sent',
    ...EVERY_SERVICE,
  ),
  graphqlErrors: define(
    'counter',
    'crm_graphql_errors_total',
    'GraphQL errors in responses, by operation and extensions.code',
    ...EVERY_SERVICE,
  ),
  subgraphFetches: define(
    'counter',
    'crm_gateway_subgraph_fetches_total',
    'Gateway fetches by subgraph',
    'gateway',
  ),
  subgraphFetchDuration: define(
    'histogram',
    'crm_gateway_subgraph_fetch_duration_seconds',
    'Gateway fetch latency by subgraph',
    'gateway',
  ),
  subgraphFetchErrors: define(
    'counter',
    'crm_gateway_subgraph_fetch_errors_total',
    'Errors in subgraph answers (or failed fetches) by subgraph and code',
    'gateway',
  ),
  dbPoolConnections: define(
    'gauge',
    'crm_db_pool_connections',
    'Connections of the service database pool, by state: total (open), idle, active',
    ...EVERY_SUBGRAPH,
  ),
  dbPoolMaxConnections: define(
    'gauge',
    'crm_db_pool_max_connections',
    'Connections the service database pool may open',
    ...EVERY_SUBGRAPH,
  ),
  dbPoolWaitingClients: define(
    'gauge',
    'crm_db_pool_waiting_clients',
    'Queries waiting for a free connection of the service database pool',
    ...EVERY_SUBGRAPH,
  ),
  outboxPending: define(
    'gauge',
    'crm_outbox_pending_events',
    'Outbox rows not yet published to Kafka',
    ...EVERY_SUBGRAPH,
  ),
  outboxOldestPendingAge: define(
    'gauge',
    'crm_outbox_oldest_pending_age_seconds',
    'Age of the oldest outbox row not yet published (0 when none waits)',
    ...EVERY_SUBGRAPH,
  ),
  outboxPublished: define(
    'counter',
    'crm_outbox_published_events_total',
    'Events the outbox relay published to Kafka, by topic',
    ...EVERY_SUBGRAPH,
  ),
  consumerLag: define(
    'gauge',
    'crm_consumer_lag_messages',
    'Messages behind the high watermark after the last batch, by topic and partition',
    ...EVERY_SUBGRAPH,
  ),
  deadLetters: define(
    'counter',
    'crm_dead_letter_messages_total',
    'Messages parked in the consumer group dead-letter topic, by source topic',
    ...EVERY_SUBGRAPH,
  ),
  schedulerQueueDepth: define(
    'gauge',
    'crm_scheduler_queue_depth',
    'Scheduled job runs waiting to run (created or waiting to retry), by queue',
    'subgraph-with-jobs',
  ),
  schedulerFailedJobs: define(
    'gauge',
    'crm_scheduler_failed_jobs',
    'Scheduled job runs that failed for good and are still kept in the queue, by queue',
    'subgraph-with-jobs',
  ),
} as const;

/** Suffixes Prometheus adds to a histogram's series. */
export const HISTOGRAM_SERIES_SUFFIXES = ['_bucket', '_sum', '_count'] as const;

/** prom-client's default Node.js metrics (collectDefaultMetrics) that the dashboard shows. */
export const PROCESS_METRICS = [
  'process_cpu_seconds_total',
  'process_resident_memory_bytes',
  'nodejs_eventloop_lag_p99_seconds',
] as const;

/** What Prometheus records itself for each scrape target. */
export const SCRAPE_METRICS = ['up'] as const;

/** The declared metric a series name belongs to: its own, or its histogram's for _bucket/_sum/_count. */
export function declaredMetricOf(seriesName: string): MetricDefinition | undefined {
  const metrics: MetricDefinition[] = Object.values(METRICS);
  const exact = metrics.find((metric) => metric.name === seriesName);
  if (exact) return exact;
  const suffix = HISTOGRAM_SERIES_SUFFIXES.find((end) => seriesName.endsWith(end));
  if (!suffix) return undefined;
  const base = seriesName.slice(0, -suffix.length);
  return metrics.find((metric) => metric.kind === 'histogram' && metric.name === base);
}
