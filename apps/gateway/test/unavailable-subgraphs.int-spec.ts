import { loadGatewayConfig } from '@crm/config';
import { startGateway, type RunningGateway } from '@crm/gateway';
import { freePort, startPlatform, tokenFor, waitFor, type TestPlatform } from '@crm/platform-testing';
import { CuttableConnection } from './support/cuttable-connection';
import { SubgraphProcess } from './support/subgraph-process';
import { SwitchableSubgraph } from './support/switchable-subgraph';

interface GraphQLError {
  message: string;
  path?: (string | number)[];
  extensions?: Record<string, unknown>;
}
interface Answer {
  status: number;
  retryAfter: string | null;
  data?: Record<string, unknown> | null;
  errors?: GraphQLError[];
}

const CUSTOMER_WITH_METRICS = `query ($id: ID!) { customer(id: $id) { id name metrics { openOpportunities } } }`;
const CUSTOMERS_WITH_METRICS = `{ customers(first: 2) { edges { node { id metrics { openOpportunities } } } } }`;

describe('a gateway in front of an unavailable subgraph', () => {
  let platform: TestPlatform;
  let token: string;
  let customerId: string;
  const gateways: RunningGateway[] = [];

  const ask = async (gateway: RunningGateway, query: string, variables = {}): Promise<Answer> => {
    const response = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as Pick<Answer, 'data' | 'errors'>;
    return { status: response.status, retryAfter: response.headers.get('retry-after'), ...body };
  };
  const gatewayWith = async (env: Record<string, string>) => {
    const gateway = await startGateway(loadGatewayConfig({ ...platform.gatewayEnv, PORT: '0', ...env }));
    gateways.push(gateway);
    return gateway;
  };
  /** Errors an unavailable analytics must yield: its code and name, and no internal address. */
  const expectAnalyticsUnavailable = (errors: GraphQLError[] | undefined) => {
    expect(errors?.length).toBeGreaterThan(0);
    for (const error of errors ?? []) {
      expect(error.extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', service: 'analytics' });
      expect(JSON.stringify(error)).not.toMatch(/127\.0\.0\.1|localhost|http:|ECONNREFUSED/);
    }
  };

  beforeAll(async () => {
    platform = await startPlatform();
    token = await tokenFor();
    const created = await ask(
      { url: platform.gatewayUrl } as RunningGateway,
      'mutation { createCustomer(input: { kind: COMPANY, name: "Outage Ltd" }) { id } }',
    );
    customerId = (created.data as { createCustomer: { id: string } }).createCustomer.id;
  });
  afterAll(async () => {
    for (const gateway of gateways) await gateway.stop();
    await platform?.stop();
  });

  it('returns the other subgraphs’ data, and errors with path and code for the stopped one; it comes back after a restart', async () => {
    const gateway = await gatewayWith({});
    const analytics = platform.subgraphs.analytics;
    await analytics.stop();

    const one = await ask(gateway, CUSTOMER_WITH_METRICS, { id: customerId });
    expect(one.status).toBe(200);
    expect(one.data).toEqual({ customer: { id: customerId, name: 'Outage Ltd', metrics: null } });
    expect(one.errors?.map((error) => error.path)).toEqual([['customer', 'metrics']]);
    expectAnalyticsUnavailable(one.errors);

    const list = await ask(gateway, CUSTOMERS_WITH_METRICS);
    const edges = (list.data as { customers: { edges: { node: { metrics: unknown } }[] } }).customers.edges;
    expect(edges.map((edge) => edge.node.metrics)).toEqual(edges.map(() => null));
    expect(list.errors?.map((error) => error.path)).toEqual(
      edges.map((_, index) => ['customers', 'edges', index, 'node', 'metrics']),
    );
    expectAnalyticsUnavailable(list.errors);

    // A query only analytics can answer fails as a whole: 503 with Retry-After.
    const whole = await ask(gateway, '{ customersSeen }');
    expect(whole.status).toBe(503);
    expect(Number(whole.retryAfter)).toBeGreaterThan(0);
    expect(whole.errors?.map((error) => error.path)).toEqual([['customersSeen']]);
    expectAnalyticsUnavailable(whole.errors);

    // The same service as its own process, on the same port and consumer group, as after a crash.
    const restartedAt = Date.now();
    const restarted = new SubgraphProcess({
      ...analytics.config,
      port: analytics.port,
      consumerStartFrom: 'earliest',
      logLevel: 'info', // its "subgraph ready" line tells how long starting took, apart from loading code
    });
    platform.subgraphs.analytics = { ...analytics, stop: () => restarted.stop() };
    await waitFor(
      async () => expect((await fetch(analytics.url.replace('/graphql', '/readyz'))).status).toBe(200),
      {
        timeoutMs: 60_000,
        intervalMs: 100,
      },
    );
    const ready = Date.now() - restartedAt;
    await waitFor(
      async () =>
        expect((await ask(gateway, CUSTOMER_WITH_METRICS, { id: customerId })).errors).toBeUndefined(),
      { timeoutMs: 30_000, intervalMs: 100 },
    );
    // The figure for the report: how long a restarted subgraph is missing from the graph.
    const { startupMs, processUptimeMs } = await restarted.ready;
    console.info(
      `analytics restarted as a process: /readyz 200 after ${ready} ms, back in the graph after ${Date.now() - restartedAt} ms; ` +
        `startSubgraph took ${startupMs} ms of the process's first ${processUptimeMs} ms (the rest: Node and tsx loading code)`,
    );
  });

  describe('a hung subgraph', () => {
    let hung: SwitchableSubgraph;

    beforeAll(async () => {
      hung = new SwitchableSubgraph(platform.subgraphs.analytics.url);
      await hung.listen();
    });
    afterAll(async () => {
      await hung.close();
    });

    it('opens the breaker after repeated timeouts; then calls fail at once without reaching it', async () => {
      hung.hung = true;
      const gateway = await gatewayWith({
        ANALYTICS_URL: hung.url,
        SUBGRAPH_TIMEOUT_MS: '300',
        SUBGRAPH_BREAKER_MIN_CALLS: '3',
        SUBGRAPH_BREAKER_OPEN_MS: '600000',
      });
      for (let call = 0; gateway.breakers().analytics?.state !== 'open'; call++) {
        expect(call).toBeLessThan(10);
        const answer = await ask(gateway, CUSTOMER_WITH_METRICS, { id: customerId });
        expect(answer.data).toMatchObject({ customer: { name: 'Outage Ltd', metrics: null } });
        expectAnalyticsUnavailable(answer.errors);
        expect(answer.errors?.[0].message).toMatch(/did not answer within 300 ms/);
      }
      const reachedBefore = hung.received;
      const before = gateway.breakers().analytics!;

      for (let call = 0; call < 5; call++) {
        const answer = await ask(gateway, CUSTOMER_WITH_METRICS, { id: customerId });
        expect(answer.data).toMatchObject({ customer: { name: 'Outage Ltd', metrics: null } });
        expect(answer.errors?.map((error) => error.path)).toEqual([['customer', 'metrics']]);
        expectAnalyticsUnavailable(answer.errors);
      }
      expect(hung.received).toBe(reachedBefore);
      expect(gateway.breakers().analytics).toEqual({
        ...before,
        state: 'open',
        shortCircuited: before.shortCircuited + 5,
      });
      const readyz = await fetch(gateway.url.replace('/graphql', '/readyz'));
      expect(
        ((await readyz.json()) as { subgraphs: Record<string, unknown> }).subgraphs.analytics,
      ).toMatchObject({
        state: 'open',
      });
    });

    it('lets a probe through after the open time and closes once the subgraph answers again', async () => {
      hung.hung = true;
      const gateway = await gatewayWith({
        ANALYTICS_URL: hung.url,
        SUBGRAPH_TIMEOUT_MS: '300',
        SUBGRAPH_BREAKER_MIN_CALLS: '3',
        SUBGRAPH_BREAKER_OPEN_MS: '1000',
      });
      while (gateway.breakers().analytics?.opened !== 1)
        await ask(gateway, CUSTOMER_WITH_METRICS, { id: customerId });
      hung.hung = false;

      await waitFor(
        async () => {
          const answer = await ask(gateway, CUSTOMER_WITH_METRICS, { id: customerId });
          expect(answer.errors).toBeUndefined();
          expect(answer.data).toMatchObject({ customer: { metrics: { openOpportunities: 0 } } });
        },
        { timeoutMs: 20_000, intervalMs: 200 },
      );
      expect(gateway.breakers().analytics).toMatchObject({ state: 'closed', opened: 1 });
    });
  });

  describe('a subgraph without Kafka, then without its database', () => {
    let database: CuttableConnection;
    let analytics: SubgraphProcess;
    let url: string;
    let gateway: RunningGateway;
    const readyz = async () => {
      const response = await fetch(url.replace('/graphql', '/readyz'));
      return { status: response.status, body: (await response.json()) as Readiness };
    };

    beforeAll(async () => {
      const closedKafka = `127.0.0.1:${await freePort()}`;
      const { config } = platform.subgraphs.analytics;
      const databaseUrl = new URL(config.databaseUrl);
      database = new CuttableConnection(databaseUrl.hostname, Number(databaseUrl.port || 5432));
      databaseUrl.hostname = '127.0.0.1';
      databaseUrl.port = String(await database.listen());
      const port = await freePort();
      url = `http://127.0.0.1:${port}/graphql`;
      analytics = new SubgraphProcess({
        ...config,
        port,
        databaseUrl: databaseUrl.toString(),
        kafkaBrokers: [closedKafka],
        consumerStartFrom: 'earliest',
        logLevel: 'fatal', // kafkajs logs every refused connection as an error
      });
      // The gateway too starts and serves while Kafka cannot be reached.
      gateway = await gatewayWith({ ANALYTICS_URL: url, KAFKA_BROKERS: closedKafka, LOG_LEVEL: 'fatal' });
      await waitFor(async () => expect((await readyz()).status).toBe(200), {
        timeoutMs: 60_000,
        intervalMs: 200,
      });
    });
    afterAll(async () => {
      await analytics?.stop();
    });

    it('serves its API, and /readyz says Kafka is down without failing readiness', async () => {
      const { body } = await readyz();
      expect(body).toMatchObject({ ready: true, checks: { database: 'ok' } });
      expect(body.checks.kafka).not.toBe('ok');
      expect(body.parts.consumer.state).not.toBe('running');
      const answer = await ask(gateway, CUSTOMER_WITH_METRICS, { id: customerId });
      expect(answer.errors).toBeUndefined();
      expect(answer.data).toMatchObject({ customer: { metrics: { openOpportunities: 0 } } });

      const gatewayReadiness = await fetch(gateway.url.replace('/graphql', '/readyz'));
      expect(await gatewayReadiness.json()).toMatchObject({
        ready: true,
        parts: { deactivations: { state: 'failing' } },
      });
    });

    it('answers SERVICE_UNAVAILABLE, not an internal error, once its database connections are cut', async () => {
      await database.cut();

      const { status, body } = await readyz();
      expect(status).toBe(503);
      expect(body.checks.database).not.toBe('ok');

      const partial = await ask(gateway, CUSTOMER_WITH_METRICS, { id: customerId });
      expect(partial.data).toMatchObject({ customer: { name: 'Outage Ltd', metrics: null } });
      expect(partial.errors?.map((error) => [error.path, error.extensions?.code])).toEqual([
        [['customer', 'metrics'], 'SERVICE_UNAVAILABLE'],
      ]);

      // Nothing resolved: the subgraph answers 503, and so does the gateway, with Retry-After.
      const whole = await ask(gateway, '{ customersSeen }');
      expect(whole.status).toBe(503);
      expect(Number(whole.retryAfter)).toBeGreaterThan(0);
      expect(whole.errors?.[0]).toMatchObject({
        path: ['customersSeen'],
        message: expect.stringMatching(/answered HTTP 503/),
        extensions: { code: 'SERVICE_UNAVAILABLE', service: 'analytics' },
      });
    });
  });
});

interface Readiness {
  ready: boolean;
  checks: { database: string; kafka: string };
  parts: Record<string, { state: string }>;
}
