import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import express from 'express';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloGateway } from '@apollo/gateway';
import { ANONYMOUS_CALLER, devKeyFile, jwksOf, loadSigningKey, USER_TOKEN, type SigningKey } from '@crm/auth';
import { isServiceName, type GatewayConfig } from '@crm/config';
import { createLogger, type Logger } from '@crm/logger';
import { bearerAuthenticator } from '@crm/subgraph-kit';
import { armorFor } from './armor';
import { refusingDeactivatedUsers } from './deactivated-users';
import { followDeactivations } from './deactivated-users.consumer';
import { rateLimitedResponsePlugin } from './rate-limited-response.plugin';
import { formatGatewayError } from './format-gateway-error';
import type { GatewayRequestContext } from './gateway-request-context';
import { isPublicOperation } from './public-operations';
import { requestTimeout } from './request-timeout';
import { SubgraphDataSource } from './subgraph-data-source';

export interface RunningGateway {
  url: string;
  port: number;
  logger: Logger;
  stop(): Promise<void>;
}

// Apollo's gateway reports usage to Apollo's servers unless told not to (DESIGN §6).
process.env.APOLLO_TELEMETRY_DISABLED = '1';

function createApolloGateway(config: GatewayConfig, signingKey: SigningKey): ApolloGateway {
  return new ApolloGateway({
    // A static supergraph composed in the repository, never IntrospectAndCompose in production.
    supergraphSdl: readFileSync(config.supergraphPath, 'utf8'),
    buildService: ({ name }) => {
      if (!isServiceName(name)) throw new Error(`The supergraph names an unknown subgraph "${name}"`);
      return new SubgraphDataSource({
        name,
        url: config.subgraphUrls[name],
        timeoutMs: config.subgraphTimeoutMs,
        maxSockets: config.maxSocketsPerSubgraph,
        signingKey,
      });
    },
  });
}

/** The one graph client apps query: verifies the caller, enforces limits, plans, and fans out. */
export async function startGateway(config: GatewayConfig): Promise<RunningGateway> {
  const logger = createLogger('gateway', config.logLevel);
  const signingKey = await loadSigningKey(config.signingKey, devKeyFile('gateway'));
  const deactivations = await followDeactivations(config.kafkaBrokers, logger);
  const authenticateUser = refusingDeactivatedUsers(
    bearerAuthenticator(config.identityJwksUrl, USER_TOKEN),
    deactivations.deactivatedUsers,
  );
  const app = express();
  app.set('trust proxy', config.trustProxy);
  const httpServer = http.createServer(app);
  const isProduction = config.nodeEnv === 'production';
  const armor = armorFor(config.limits);
  const server = new ApolloServer<GatewayRequestContext>({
    gateway: createApolloGateway(config, signingKey),
    formatError: formatGatewayError,
    includeStacktraceInErrorResponses: false,
    stopOnTerminationSignals: false,
    csrfPrevention: true,
    introspection: !isProduction,
    validationRules: armor.validationRules,
    plugins: [
      ...armor.plugins,
      rateLimitedResponsePlugin,
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ...(isProduction ? [ApolloServerPluginLandingPageDisabled()] : []),
    ],
  });
  await server.start();

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok', service: 'gateway' });
  });
  app.get('/.well-known/jwks.json', (_req, res) => {
    res.json(jwksOf(signingKey));
  });
  app.use(
    '/graphql',
    requestTimeout(config.limits.requestTimeoutMs),
    express.json({ limit: config.limits.maxBodyBytes }),
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

  await new Promise<void>((resolve) => httpServer.listen(config.port, '0.0.0.0', resolve));
  const port = (httpServer.address() as AddressInfo).port;
  const url = `http://127.0.0.1:${port}/graphql`;
  logger.info({ url }, 'gateway ready');
  return {
    url,
    port,
    logger,
    async stop() {
      await server.stop();
      await deactivations.stop();
      logger.info('gateway stopped');
    },
  };
}
