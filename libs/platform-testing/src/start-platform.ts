import { randomUUID } from 'node:crypto';
import { loadGatewayConfig, loadServiceConfig, SERVICE_NAMES, type ServiceName } from '@crm/config';
import type { RunningSubgraph } from '@crm/subgraph-kit';
import { startGateway, SUPERGRAPH_FILE, type RunningGateway } from '@crm/gateway';
import { freePort, readTestEnvironment, testServiceEnv } from '@crm/testing';
import { SERVICE_STARTERS } from './service-starters';

export interface TestPlatform {
  gatewayUrl: string;
  subgraphs: Record<ServiceName, RunningSubgraph>;
  gateway: RunningGateway;
  /** The gateway's environment, to start a variant of it (e.g. in production mode). */
  gatewayEnv: Record<string, string>;
  stop(): Promise<void>;
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
    SUPERGRAPH_PATH: SUPERGRAPH_FILE,
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
