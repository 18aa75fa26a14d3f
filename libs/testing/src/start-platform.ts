import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { loadGatewayConfig, loadServiceConfig, SERVICE_NAMES, type ServiceName } from '@crm/config';
import type { RunningSubgraph } from '@crm/subgraph-kit';
import { startGateway, type RunningGateway } from '../../../apps/gateway/src/start-gateway';
import { serviceDatabaseUrl } from '../../../infra';
import { freePort } from './free-port';
import { SERVICE_STARTERS } from './service-starters';
import { readTestEnvironment } from './test-environment';

export interface TestPlatform {
  gatewayUrl: string;
  subgraphs: Record<ServiceName, RunningSubgraph>;
  gateway: RunningGateway;
  /** The gateway's environment, to start a variant of it (e.g. in production mode). */
  gatewayEnv: Record<string, string>;
  stop(): Promise<void>;
}

/** The environment a service would get in production, pointed at the test database and broker. */
export function testServiceEnv(
  service: ServiceName,
  groupSuffix: string,
  gatewayPort = 0,
): Record<string, string> {
  const test = readTestEnvironment();
  return {
    NODE_ENV: 'test',
    PORT: '0',
    DATABASE_URL: serviceDatabaseUrl(test.adminDatabaseUrl, test.databaseName, service),
    KAFKA_BROKERS: test.kafkaBrokers,
    KAFKA_GROUP_ID: `crm-test-${test.runId}-${groupSuffix}.${service}`,
    KAFKA_START_FROM: 'latest',
    OUTBOX_POLL_INTERVAL_MS: '500',
    GATEWAY_JWKS_URL: `http://127.0.0.1:${gatewayPort}/.well-known/jwks.json`,
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'error',
  };
}

/**
 * Starts every subgraph and the gateway in this process, on free ports, against the real
 * Postgres and Kafka. Each call gets its own consumer groups, starting at the current end of
 * the topics, so test files do not see each other's history.
 */
export async function startPlatform(): Promise<TestPlatform> {
  const groupSuffix = randomUUID().slice(0, 8);
  // Subgraphs must know where the gateway publishes its keys before the gateway starts.
  const gatewayPort = await freePort();
  const subgraphs = {} as Record<ServiceName, RunningSubgraph>;
  for (const service of SERVICE_NAMES) {
    const env = testServiceEnv(service, groupSuffix, gatewayPort);
    subgraphs[service] = await SERVICE_STARTERS[service](loadServiceConfig(service, env));
  }
  const gatewayEnv = {
    NODE_ENV: 'test',
    PORT: String(gatewayPort),
    IDENTITY_JWKS_URL: subgraphs.identity.url.replace('/graphql', '/.well-known/jwks.json'),
    KAFKA_BROKERS: readTestEnvironment().kafkaBrokers,
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'error',
    SUPERGRAPH_PATH: join(__dirname, '..', '..', '..', 'supergraph.graphql'),
    ...Object.fromEntries(
      SERVICE_NAMES.map((service) => [`${service.toUpperCase()}_URL`, subgraphs[service].url]),
    ),
  };
  const gateway = await startGateway(loadGatewayConfig(gatewayEnv));
  return {
    gatewayUrl: gateway.url,
    gatewayEnv,
    subgraphs,
    gateway,
    async stop() {
      await gateway.stop();
      for (const subgraph of Object.values(subgraphs)) await subgraph.stop();
    },
  };
}
