import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { json } from 'express';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloGateway } from '@apollo/gateway';
import { ANONYMOUS_CALLER, devKeyFile, jwksOf, loadSigningKey, USER_TOKEN, type SigningKey } from '@crm/auth';
import { isServiceName, type GatewayConfig, type ServiceName } from '@crm/config';
import { createLogger, type Logger } from '@crm/logger';
import { createMetricsRegistry, graphqlRequestMetricsPlugin, serveMetrics } from '@crm/metrics';
import type { Registry } from 'prom-client';
import {
  argumentGuardPlugin,
  bearerAuthenticator,
  createHttpApp,
  finishHttpApp,
  serviceUnavailableResponsePlugin,
  SUBGRAPH_KEEP_ALIVE_MS,
} from '@crm/subgraph-kit';
import { armorFor } from './armor';
import { refusingDeactivatedUsers } from './deactivated-users';
import { DeactivationFollower } from './deactivated-users.consumer';
import { rateLimitedResponsePlugin } from './rate-limited-response.plugin';
import { formatGatewayError } from './format-gateway-error';
import type { GatewayRequestContext } from './gateway-request-context';
import { notificationFeedProxy } from './notification-feed.proxy';
import { isPublicOperation } from './public-operations';
import { queryCostLimit } from './query-cost.plugin';
import { requestTimeout } from './request-timeout';
import type { BreakerReport } from './subgraph-breaker';
import { MeasuredSubgraphDataSource, subgraphFetchMetrics } from './measured-subgraph-data-source';
import type { SubgraphDataSource } from './subgraph-data-source';
import { SupergraphDelivery } from './supergraph-delivery';

export interface RunningGateway {
  url: string;
  port: number;
  logger: Logger;
  /** Each subgraph's circuit breaker, as `/readyz` shows it. */
  breakers(): Partial<Record<ServiceName, BreakerReport>>;
  stop(): Promise<void>;
}

// Apollo's gateway reports usage to Apollo's servers unless told not to (DESIGN §6).
process.env.APOLLO_TELEMETRY_DISABLED = '1';

function createApolloGateway(
  config: GatewayConfig,
  signingKey: SigningKey,
  logger: Logger,
  dataSources: Map<ServiceName, SubgraphDataSource>,
  metrics: Registry,
  supergraph: SupergraphDelivery,
): ApolloGateway {
  const fetchMetrics = subgraphFetchMetrics(metrics);
  const dataSourceFor = (name: ServiceName) =>
    new MeasuredSubgraphDataSource(
      {
        name,
        url: config.subgraphUrls[name],
        timeoutMs: config.subgraphTimeoutMs,
        maxSockets: config.maxSocketsPerSubgraph,
        signingKey,
        breaker: config.subgraphBreaker,
        logger,
      },
      fetchMetrics,
    );
  const gateway = new ApolloGateway({
    // A supergraph composed in the repository, never IntrospectAndCompose in production; new
    // versions are swapped in while serving, each fully validated (production skips it by default).
    supergraphSdl: supergraph.hook,
    validateSupergraph: true,
    buildService: ({ name }) => {
      if (!isServiceName(name)) throw new Error(`The supergraph names an unknown subgraph "${name}"`);
      // The URL comes from the environment, not the supergraph: a new version keeps the sockets and breaker.
      const dataSource = dataSources.get(name) ?? dataSourceFor(name);
      dataSources.set(name, dataSource);
      return dataSource;
    },
  });
  gateway.onSchemaLoadOrUpdate(({ coreSupergraphSdl }) => supergraph.servingNow(coreSupergraphSdl));
  return gateway;
}

/** The one graph client apps query: verifies the caller, enforces limits, plans, and fans out. */
export async function startGateway(config: GatewayConfig): Promise<RunningGateway> {
  const logger = createLogger('gateway', config.logLevel);
  const signingKey = await loadSigningKey(config.signingKey, devKeyFile('gateway'));
  const deactivations = new DeactivationFollower(config.kafkaBrokers, logger);
  await deactivations.start();
  const authenticateUser = refusingDeactivatedUsers(
    bearerAuthenticator(config.identityJwksUrl, USER_TOKEN),
    deactivations.deactivatedUsers,
  );
  const app = createHttpApp('gateway');
  app.set('trust proxy', config.trustProxy);
  // Express hashes every body for an ETag (≈0.36 ms a request in issue 16's profile); GraphQL
  // answers are POSTs no client revalidates, so the gateway spends nothing on it.
  app.set('etag', false);
  const httpServer = http.createServer(app);
  // Longer than clients keep an idle socket (undici/fetch: 4 s), so the client always closes it
  // first: Node's default of 5 s races them and a reused socket fails with ECONNRESET.
  httpServer.keepAliveTimeout = SUBGRAPH_KEEP_ALIVE_MS;
  httpServer.headersTimeout = SUBGRAPH_KEEP_ALIVE_MS + 1_000;
  const isProduction = config.nodeEnv === 'production';
  const armor = armorFor(config.limits);
  const dataSources = new Map<ServiceName, SubgraphDataSource>();
  const metrics = createMetricsRegistry('gateway');
  const breakers = () =>
    Object.fromEntries([...dataSources].map(([name, source]) => [name, source.breaker.report()]));
  const supergraph = new SupergraphDelivery(config.supergraph, logger);
  const server = new ApolloServer<GatewayRequestContext>({
    gateway: createApolloGateway(config, signingKey, logger, dataSources, metrics, supergraph),
    formatError: formatGatewayError,
    includeStacktraceInErrorResponses: false,
    stopOnTerminationSignals: false,
    csrfPrevention: true,
    introspection: !isProduction,
    // graphql-js counts tokens while parsing: an over-long document is a parse error (400).
    parseOptions: { maxTokens: config.limits.maxTokens },
    validationRules: armor.validationRules,
    plugins: [
      graphqlRequestMetricsPlugin(metrics),
      ...armor.plugins,
      queryCostLimit(config.limits.maxCost),
      argumentGuardPlugin(),
      rateLimitedResponsePlugin,
      // Nothing came back because subgraphs are down: retry once their breakers probe again.
      serviceUnavailableResponsePlugin(() => config.subgraphBreaker.openMs / 1000),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ...(isProduction ? [ApolloServerPluginLandingPageDisabled()] : []),
    ],
  });
  await server.start();

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok', service: 'gateway' });
  });
  // Ready once started: an unavailable subgraph costs only its fields, so the gateway keeps
  // serving; the body shows each subgraph's breaker, the deactivation follower and the graph served.
  app.get('/readyz', (_req, res) => {
    res.json({
      ready: true,
      subgraphs: breakers(),
      parts: { deactivations: deactivations.health },
      supergraph: supergraph.current(),
    });
  });
  serveMetrics(app, metrics);
  app.get('/.well-known/jwks.json', (_req, res) => {
    res.json(jwksOf(signingKey));
  });
  notificationFeedProxy(app, {
    notificationUrl: config.subgraphUrls.notification,
    signingKey,
    authenticateUser,
    logger,
  });
  app.use(
    '/graphql',
    requestTimeout(config.limits.requestTimeoutMs),
    json({ limit: config.limits.maxBodyBytes }),
    expressMiddleware(server, {
      context: async ({ req }) => ({
        caller:
          !req.headers.authorization && isPublicOperation(req.body)
            ? ANONYMOUS_CALLER
            : await authenticateUser(req.headers.authorization),
        correlationId: req.header('x-correlation-id') ?? randomUUID(),
        clientAddress: req.ip,
      }),
    }),
  );

  finishHttpApp(app, (error) => logger.error({ err: error }, 'request failed'));

  await new Promise<void>((resolve) => httpServer.listen(config.port, '0.0.0.0', resolve));
  const port = (httpServer.address() as AddressInfo).port;
  const url = `http://127.0.0.1:${port}/graphql`;
  logger.info({ url }, 'gateway ready');
  return {
    url,
    port,
    logger,
    breakers,
    async stop() {
      await server.stop();
      await deactivations.stop();
      await Promise.all([...dataSources.values()].map((dataSource) => dataSource.close()));
      logger.info('gateway stopped');
    },
  };
}
