import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { json, type Express } from 'express';
import type { DocumentNode } from 'graphql';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { DataSource } from 'typeorm';
import type { ServiceConfig } from '@crm/config';
import { createServiceDataSource, runMigrations, type ServiceDataSourceOptions } from '@crm/db';
import { createLogger, type Logger } from '@crm/logger';
import type { EventHandlers } from '@crm/messaging';
import { graphqlRequestMetricsPlugin, serveMetrics } from '@crm/metrics';
import type { Registry } from 'prom-client';
import { argumentGuardPlugin } from './argument-guard.plugin';
import { internalTokenAuthenticator } from './authenticate';
import { BackgroundMessaging } from './background-messaging';
import { createErrorFormatter } from './format-error';
import { createHttpApp, finishHttpApp } from './http-app';
import { checkReadiness } from './readiness';
import { mergeResolvers } from './merge-resolvers';
import { moneyResolversFor } from './money-resolvers';
import { serviceEntities, serviceMigrations } from './service-tables';
import { createSubgraphMetrics } from './subgraph-metrics';
import { CLIENT_ADDRESS_HEADER, type RequestContext } from './request-context';
import { serviceUnavailableResponsePlugin } from './service-unavailable-response.plugin';

export interface SubgraphDefinition<TLoaders> {
  config: ServiceConfig;
  typeDefs: DocumentNode;
  /** One generated `Resolvers` map per SDL type family (one file per type); merged type by type. */
  resolvers: object[];
  /** The app's own entities and migrations; the outbox and inbox are added here. */
  entities: ServiceDataSourceOptions['entities'];
  migrations: ServiceDataSourceOptions['migrations'];
  createLoaders: (dataSource: DataSource) => TLoaders;
  eventHandlers?: EventHandlers;
  /** Extra HTTP routes beside /graphql, e.g. identity's /.well-known/jwks.json. */
  routes?: (app: Express, dataSource: DataSource) => void;
}

/** How long a subgraph keeps an idle keep-alive connection open. */
export const SUBGRAPH_KEEP_ALIVE_MS = 65_000;
/** What a response failed for an unreachable database tells clients to wait: a restart takes seconds. */
const DATABASE_RETRY_AFTER_S = 5;

export interface RunningSubgraph {
  url: string;
  port: number;
  /** What it was started with, e.g. to start it again on the same port and consumer group. */
  config: ServiceConfig;
  dataSource: DataSource;
  logger: Logger;
  /** What `/metrics` serves (README "Metrics"). */
  metrics: Registry;
  stop(): Promise<void>;
}

/**
 * Boots one subgraph: schema and migrations, then the GraphQL endpoint with `/healthz` and
 * `/readyz`. Kafka (topics, outbox relay, event consumer) starts in the background and never
 * delays or prevents serving: the API needs only the database. `stop()` shuts all down.
 */
export async function startSubgraph<TLoaders>(
  definition: SubgraphDefinition<TLoaders>,
): Promise<RunningSubgraph> {
  const { config } = definition;
  const startedAt = performance.now();
  const logger = createLogger(config.service, config.logLevel);
  const dataSource = createServiceDataSource({
    url: config.databaseUrl,
    poolSize: config.databasePoolSize,
    schema: config.service,
    // Every service has an outbox, an inbox and idempotency keys; the app lists only its own tables.
    entities: serviceEntities(definition.entities),
    migrations: serviceMigrations(definition.migrations),
  });
  await dataSource.initialize();
  const applied = await runMigrations(dataSource);
  if (applied.length > 0) logger.info({ applied }, 'migrations applied');
  const metrics = createSubgraphMetrics(config.service, dataSource);

  const messaging = new BackgroundMessaging({
    config,
    dataSource,
    handlers: definition.eventHandlers ?? {},
    logger,
    observer: metrics.messaging,
  });
  messaging.start();
  // A new group reading from the latest offset has no position until it joins: what is published
  // before would be skipped, so such a service (tests use it) starts only once its consumer reads.
  // From the earliest offset (the default, production) nothing can be skipped and nothing waits.
  if (config.consumerStartFrom === 'latest') await messaging.consuming();

  const authenticateCaller = internalTokenAuthenticator(config.service, config.gatewayJwksUrl);
  const app = createHttpApp(config.service);
  const httpServer = http.createServer(app);
  // Longer than the gateway keeps an idle socket (30 s), so the gateway always closes it first:
  // Node's default of 5 s closes sockets the gateway is about to reuse (ECONNRESET).
  httpServer.keepAliveTimeout = SUBGRAPH_KEEP_ALIVE_MS;
  httpServer.headersTimeout = SUBGRAPH_KEEP_ALIVE_MS + 1_000;
  const server = new ApolloServer<RequestContext<TLoaders>>({
    schema: buildSubgraphSchema({
      typeDefs: definition.typeDefs,
      resolvers: mergeResolvers([...moneyResolversFor(definition.typeDefs), ...definition.resolvers]),
    }),
    formatError: createErrorFormatter(logger),
    includeStacktraceInErrorResponses: false,
    // stopOnSignal owns SIGINT/SIGTERM; a second handler would call stop() twice.
    stopOnTerminationSignals: false,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginInlineTraceDisabled(),
      argumentGuardPlugin(),
      serviceUnavailableResponsePlugin(() => DATABASE_RETRY_AFTER_S),
      graphqlRequestMetricsPlugin(metrics.registry),
    ],
  });
  await server.start();

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok', service: config.service });
  });
  app.get('/readyz', async (_req, res) => {
    const report = await checkReadiness({
      database: () => dataSource.query('SELECT 1'),
      kafka: () => messaging.pingKafka(),
      parts: () => messaging.health(),
    });
    res.status(report.ready ? 200 : 503).json(report);
  });
  serveMetrics(app, metrics.registry);
  definition.routes?.(app, dataSource);
  app.use(
    '/graphql',
    json({ limit: '1mb' }),
    expressMiddleware(server, {
      context: async ({ req }) => ({
        service: config.service,
        caller: await authenticateCaller(req.headers.authorization),
        dataSource,
        loaders: definition.createLoaders(dataSource),
        correlationId: req.header('x-correlation-id') ?? randomUUID(),
        clientAddress: req.header(CLIENT_ADDRESS_HEADER),
      }),
    }),
  );

  finishHttpApp(app, (error) => logger.error({ err: error }, 'request failed'));

  await new Promise<void>((resolve) => httpServer.listen(config.port, '0.0.0.0', resolve));
  const port = (httpServer.address() as AddressInfo).port;
  const url = `http://127.0.0.1:${port}/graphql`;
  // How long a restart keeps the service out of the graph, apart from loading the code.
  const startupMs = Math.round(performance.now() - startedAt);
  logger.info(
    { url, startupMs, processUptimeMs: Math.round(process.uptime() * 1000) },
    `${config.service} subgraph ready`,
  );

  return {
    url,
    port,
    config,
    dataSource,
    logger,
    metrics: metrics.registry,
    async stop() {
      await server.stop();
      await messaging.stop();
      await dataSource.destroy();
      logger.info(`${config.service} subgraph stopped`);
    },
  };
}
