import { randomUUID } from 'node:crypto';
import { loadGatewayConfig, SERVICE_NAMES, type ServiceName } from '@crm/config';
import type { RunningSubgraph } from '@crm/subgraph-kit';
import { startGateway, SUPERGRAPH_FILE, type RunningGateway } from '@crm/gateway';
import { freePort, readTestEnvironment } from '@crm/testing';
import { startServiceInTime } from './start-service-in-time';

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
 * the topics, so test files do not see each other's history. A start that fails stops what it
 * had started: a failed `beforeAll` leaves no consumer or job worker running in the test worker.
 */
export async function startPlatform(): Promise<TestPlatform> {
  const groupSuffix = randomUUID().slice(0, 8);
  // Subgraphs must know where the gateway publishes its keys before the gateway starts.
  const gatewayPort = await freePort();
  const subgraphs = {} as Record<ServiceName, RunningSubgraph>;
  const stopSubgraphs = async () => {
    for (const subgraph of Object.values(subgraphs)) await subgraph.stop();
  };
  let gateway: RunningGateway;
  let gatewayEnv: Record<string, string>;
  try {
    for (const service of SERVICE_NAMES) {
      subgraphs[service] = await startServiceInTime(service, groupSuffix, gatewayPort);
    }
    gatewayEnv = gatewayEnvFor(gatewayPort, subgraphs);
    gateway = await startGateway(loadGatewayConfig(gatewayEnv));
  } catch (error) {
    await stopSubgraphs();
    throw error;
  }
  return {
    gatewayUrl: gateway.url,
    gatewayEnv,
    subgraphs,
    gateway,
    async stop() {
      await gateway.stop();
      await stopSubgraphs();
    },
  };
}

function gatewayEnvFor(
  gatewayPort: number,
  subgraphs: Record<ServiceName, RunningSubgraph>,
): Record<string, string> {
  return {
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
}
