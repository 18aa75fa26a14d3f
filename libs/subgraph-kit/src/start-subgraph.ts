import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import express from 'express';
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
import { topicsOf } from '@crm/events';
import { createLogger, type Logger } from '@crm/logger';
import {
  createKafka,
  eventTopicSpec,
  kafkaTopicOf,
  provisionTopics,
  withKafkaStartupRetry,
  EventConsumer,
  InboxMessage,
  MessagingTables1764000000000,
  OutboxMessage,
  OutboxRelay,
  type EventHandlers,
} from '@crm/messaging';
import { internalTokenAuthenticator } from './authenticate';
import { createErrorFormatter } from './format-error';
import { checkReadiness } from './readiness';
import { mergeResolvers } from './merge-resolvers';
import { IdempotencyKeys1764000000001 } from './idempotency-keys.migration';
import type { RequestContext } from './request-context';

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
  routes?: (app: express.Express) => void;
}

const asArray = <T>(list: T[] | Record<string, T>): T[] => (Array.isArray(list) ? list : Object.values(list));

export interface RunningSubgraph {
  url: string;
  port: number;
  dataSource: DataSource;
  logger: Logger;
  stop(): Promise<void>;
}

/**
 * Boots one subgraph: schema and migrations, outbox relay, event consumer, then the GraphQL
 * endpoint with `/healthz` and `/readyz`. `stop()` shuts down in the reverse order.
 */
export async function startSubgraph<TLoaders>(
  definition: SubgraphDefinition<TLoaders>,
): Promise<RunningSubgraph> {
  const { config } = definition;
  const logger = createLogger(config.service, config.logLevel);
  const dataSource = createServiceDataSource({
    url: config.databaseUrl,
    schema: config.service,
    // Every service has an outbox, an inbox and idempotency keys; the app lists only its own tables.
    entities: [OutboxMessage, InboxMessage, ...asArray(definition.entities)],
    migrations: [
      MessagingTables1764000000000,
      IdempotencyKeys1764000000001,
      ...asArray(definition.migrations),
    ],
  });
  await dataSource.initialize();
  const applied = await runMigrations(dataSource);
  if (applied.length > 0) logger.info({ applied }, 'migrations applied');

  const kafka = createKafka(`crm-${config.service}`, config.kafkaBrokers, logger);
  const ownTopics = topicsOf(config.service).map((topic) => eventTopicSpec(kafkaTopicOf(topic)));
  await withKafkaStartupRetry('creating topics', () => provisionTopics(kafka, ownTopics), logger);
  const kafkaAdmin = kafka.admin();
  await withKafkaStartupRetry('connecting the Kafka admin', () => kafkaAdmin.connect(), logger);
  const relay = new OutboxRelay({
    databaseUrl: config.databaseUrl,
    schema: config.service,
    kafka,
    logger,
    pollIntervalMs: config.outboxPollIntervalMs,
  });
  relay.start();
  const consumer = new EventConsumer({
    kafka,
    dataSource,
    groupId: config.consumerGroupId,
    startFrom: config.consumerStartFrom,
    handlers: definition.eventHandlers ?? {},
    logger,
  });
  await consumer.start();

  const authenticateCaller = internalTokenAuthenticator(config.service, config.gatewayJwksUrl);
  const app = express();
  const httpServer = http.createServer(app);
  const server = new ApolloServer<RequestContext<TLoaders>>({
    schema: buildSubgraphSchema({
      typeDefs: definition.typeDefs,
      resolvers: mergeResolvers(definition.resolvers),
    }),
    formatError: createErrorFormatter(logger),
    includeStacktraceInErrorResponses: false,
    // stopOnSignal owns SIGINT/SIGTERM; a second handler would call stop() twice.
    stopOnTerminationSignals: false,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginInlineTraceDisabled(),
    ],
  });
  await server.start();

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok', service: config.service });
  });
  app.get('/readyz', async (_req, res) => {
    const report = await checkReadiness(dataSource, kafkaAdmin);
    res.status(report.ready ? 200 : 503).json(report);
  });
  definition.routes?.(app);
  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    expressMiddleware(server, {
      context: async ({ req }) => ({
        service: config.service,
        caller: await authenticateCaller(req.headers.authorization),
        dataSource,
        loaders: definition.createLoaders(dataSource),
        correlationId: req.header('x-correlation-id') ?? randomUUID(),
      }),
    }),
  );

  await new Promise<void>((resolve) => httpServer.listen(config.port, '0.0.0.0', resolve));
  const port = (httpServer.address() as AddressInfo).port;
  const url = `http://127.0.0.1:${port}/graphql`;
  logger.info({ url }, `${config.service} subgraph ready`);

  return {
    url,
    port,
    dataSource,
    logger,
    async stop() {
      await server.stop();
      await consumer.stop();
      await relay.stop();
      await kafkaAdmin.disconnect();
      await dataSource.destroy();
      logger.info(`${config.service} subgraph stopped`);
    },
  };
}
