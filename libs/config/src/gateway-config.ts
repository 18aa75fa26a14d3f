import { z } from 'zod';
import { logLevel, milliseconds, nodeEnv, port } from './env-fields';
import { parseEnv, type Env } from './parse-env';
import { GATEWAY_PORT, SERVICE_NAMES, SERVICE_PORTS, type ServiceName } from './services';
import { DEV_AUTH_TOKEN_SECRET } from './service-config';

export interface GatewayConfig {
  nodeEnv: 'development' | 'test' | 'production';
  port: number;
  subgraphUrls: Record<ServiceName, string>;
  subgraphTimeoutMs: number;
  maxSocketsPerSubgraph: number;
  supergraphPath: string;
  authTokenSecret: string;
  logLevel: z.infer<typeof logLevel>;
}

const urlVariable = (service: ServiceName) => `${service.toUpperCase()}_URL`;

const schema = z.object({
  NODE_ENV: nodeEnv,
  PORT: port(GATEWAY_PORT),
  ...Object.fromEntries(
    SERVICE_NAMES.map((service) => [
      urlVariable(service),
      z.url().default(`http://127.0.0.1:${SERVICE_PORTS[service]}/graphql`),
    ]),
  ),
  SUBGRAPH_TIMEOUT_MS: milliseconds(10_000),
  SUBGRAPH_MAX_SOCKETS: z.coerce.number().int().min(1).default(50),
  SUPERGRAPH_PATH: z.string().default('supergraph.graphql'),
  AUTH_TOKEN_SECRET: z.string().min(32, 'must be at least 32 characters').default(DEV_AUTH_TOKEN_SECRET),
  LOG_LEVEL: logLevel,
});

export function loadGatewayConfig(env: Env = process.env): GatewayConfig {
  const parsed = parseEnv(schema, env) as Record<string, unknown> & z.infer<typeof schema>;
  return {
    nodeEnv: parsed.NODE_ENV,
    port: parsed.PORT,
    subgraphUrls: Object.fromEntries(
      SERVICE_NAMES.map((service) => [service, String(parsed[urlVariable(service)])]),
    ) as Record<ServiceName, string>,
    subgraphTimeoutMs: parsed.SUBGRAPH_TIMEOUT_MS,
    maxSocketsPerSubgraph: parsed.SUBGRAPH_MAX_SOCKETS,
    supergraphPath: parsed.SUPERGRAPH_PATH,
    authTokenSecret: parsed.AUTH_TOKEN_SECRET,
    logLevel: parsed.LOG_LEVEL,
  };
}
