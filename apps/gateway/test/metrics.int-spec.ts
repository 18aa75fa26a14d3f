import { SERVICE_NAMES, type ServiceName } from '@crm/config';
import { alertQueries, dashboardQueries, metricNamesOf } from '@crm/infra';
import { declaredMetricOf, METRICS, PROCESS_METRICS, type MetricExporter } from '@crm/metrics';
import { graphqlRequest, startPlatform, tokenFor, waitFor, type TestPlatform } from '@crm/platform-testing';
import { scrapeMetrics } from './support/scraped-metrics';

/** The services that run scheduled jobs (each app's *-subgraph.ts starts a scheduler). */
const SERVICES_WITH_JOBS: ServiceName[] = ['sales', 'service', 'marketing', 'analytics', 'notification'];
const exporterOf = (service: ServiceName): MetricExporter =>
  SERVICES_WITH_JOBS.includes(service) ? 'subgraph-with-jobs' : 'subgraph';

const CREATE_CUSTOMER = `mutation MetricsCreateCustomer($input: CreateCustomerInput!) {
  createCustomer(input: $input) { id }
}`;
const MISSING_CONTACT = `query MetricsMissingContact($id: ID!) { contact(id: $id) { id } }`;

/** The declared metrics the dashboard and the alert rules read. */
const queriedMetrics = () => {
  const names = [...dashboardQueries(), ...alertQueries()].flatMap(({ expr }) => metricNamesOf(expr));
  return [...new Set(names.flatMap((name) => declaredMetricOf(name) ?? []))];
};

describe('/metrics of the gateway and every subgraph', () => {
  let platform: TestPlatform;
  let token: string;
  const metricsUrlOf = (graphqlUrl: string) => graphqlUrl.replace(/\/graphql$/, '/metrics');
  const gatewayMetrics = () => scrapeMetrics(metricsUrlOf(platform.gatewayUrl));
  const subgraphMetrics = (service: ServiceName) =>
    scrapeMetrics(metricsUrlOf(platform.subgraphs[service].url));

  beforeAll(async () => {
    platform = await startPlatform();
    token = await tokenFor();
    const created = await graphqlRequest(
      platform.gatewayUrl,
      CREATE_CUSTOMER,
      { input: { kind: 'COMPANY', name: 'Metrics Co' } },
      token,
    );
    expect(created.errors).toBeUndefined();
    const missing = await graphqlRequest(
      platform.gatewayUrl,
      MISSING_CONTACT,
      { id: '0194c1d0-0000-7000-8000-00000000dead' },
      token,
    );
    expect(missing.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
  afterAll(async () => {
    await platform?.stop();
  });

  it('the gateway exports the metrics the dashboard and alerts read of it, and no subgraph metric', async () => {
    const scraped = await gatewayMetrics();
    for (const metric of queriedMetrics()) {
      expect([metric.name, scraped.declared.has(metric.name)]).toEqual([
        metric.name,
        metric.exportedBy.includes('gateway'),
      ]);
    }
    for (const name of PROCESS_METRICS) expect(scraped.declared).toContain(name);
  });

  it.each(SERVICE_NAMES)('%s exports the metrics the dashboard and alerts read of it', async (service) => {
    const scraped = await subgraphMetrics(service);
    for (const metric of queriedMetrics()) {
      expect([metric.name, scraped.declared.has(metric.name)]).toEqual([
        metric.name,
        metric.exportedBy.includes(exporterOf(service)),
      ]);
    }
    for (const name of PROCESS_METRICS) expect(scraped.declared).toContain(name);
    expect(scraped.valueOf(METRICS.dbPoolMaxConnections.name, { service })).toBe(
      platform.subgraphs[service].config.databasePoolSize,
    );
    expect(scraped.has(METRICS.outboxPending.name, { service })).toBe(true);
    expect(scraped.has(METRICS.outboxOldestPendingAge.name, { service })).toBe(true);
  });

  it('counts the gateway request by operation, with its latency and its error by code', async () => {
    const scraped = await gatewayMetrics();
    const created = { service: 'gateway', operation: 'MetricsCreateCustomer' };
    const missing = { service: 'gateway', operation: 'MetricsMissingContact' };
    expect(scraped.valueOf(METRICS.graphqlRequests.name, created)).toBe(1);
    expect(scraped.valueOf(`${METRICS.graphqlRequestDuration.name}_count`, created)).toBe(1);
    expect(scraped.valueOf(METRICS.graphqlErrors.name, created)).toBe(0);
    expect(scraped.valueOf(METRICS.graphqlErrors.name, { ...missing, code: 'NOT_FOUND' })).toBe(1);
    expect(scraped.valueOf(METRICS.subgraphFetches.name, { subgraph: 'customer' })).toBeGreaterThanOrEqual(2);
    expect(
      scraped.valueOf(METRICS.subgraphFetchErrors.name, { subgraph: 'customer', code: 'NOT_FOUND' }),
    ).toBe(1);
  });

  it("counts the subgraph's part under the client's operation name", async () => {
    const scraped = await subgraphMetrics('customer');
    const operation = { service: 'customer', operation: 'MetricsCreateCustomer' };
    expect(scraped.valueOf(METRICS.graphqlRequests.name, operation)).toBe(1);
    expect(
      scraped.valueOf(METRICS.graphqlErrors.name, {
        service: 'customer',
        operation: 'MetricsMissingContact',
        code: 'NOT_FOUND',
      }),
    ).toBe(1);
  });

  it('counts the event the relay published and the lag of the consumers that read it', async () => {
    await waitFor(async () => {
      const customer = await subgraphMetrics('customer');
      expect(customer.valueOf(METRICS.outboxPublished.name)).toBeGreaterThanOrEqual(1);
      // sales keeps a projection of customers (customer.created), so it consumed the event.
      const sales = await subgraphMetrics('sales');
      expect(sales.has(METRICS.consumerLag.name, { service: 'sales' })).toBe(true);
    });
  });

  it('reads the depth of every job queue of a service with jobs', async () => {
    const scraped = await subgraphMetrics('sales');
    expect(scraped.has(METRICS.schedulerQueueDepth.name, { service: 'sales' })).toBe(true);
    expect(scraped.has(METRICS.schedulerFailedJobs.name, { service: 'sales' })).toBe(true);
  });
});
