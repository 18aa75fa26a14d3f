import { z } from 'zod';
import { brokerList, logLevel, milliseconds, nodeEnv, port } from './env-fields';
import { DEFAULT_KAFKA_BROKERS } from './infrastructure-config';
import { parseEnv, type Env } from './parse-env';
import { GATEWAY_PORT, SERVICE_NAMES, SERVICE_PORTS, type ServiceName } from './services';

/** Abuse limits enforced before any subgraph is called. */
export interface GatewayLimits {
  maxDepth: number;
  maxAliases: number;
  maxTokens: number;
  maxDirectives: number;
  maxCost: number;
  maxBodyBytes: number;
  requestTimeoutMs: number;
}

/**
 * The circuit breaker in front of each subgraph: once more than `errorPercent` of the calls in
 * the last `windowMs` failed for unavailability (refused, timed out, 5xx), with at least
 * `minCalls` calls, it opens and calls fail at once; after `openMs` one probe goes through and
 * closes it again when it succeeds.
 */
export interface SubgraphBreakerSettings {
  errorPercent: number;
  minCalls: number;
  windowMs: number;
  openMs: number;
}

/**
 * Where the gateway reads its supergraph, and how often it looks for a newer one while serving:
 * the URL when set (asked with If-None-Match, so an unchanged graph costs a 304), else the file.
 */
export interface SupergraphSourceSettings {
  path: string;
  url: string | undefined;
  pollIntervalMs: number;
}

export interface GatewayConfig {
  nodeEnv: 'development' | 'test' | 'production';
  port: number;
  subgraphUrls: Record<ServiceName, string>;
  subgraphTimeoutMs: number;
  subgraphBreaker: SubgraphBreakerSettings;
  maxSocketsPerSubgraph: number;
  supergraph: SupergraphSourceSettings;
  identityJwksUrl: string;
  /** Private JWK (JSON) signing internal tokens; a fresh key per start when unset (not in production). */
  signingKey: string | undefined;
  limits: GatewayLimits;
  logLevel: z.infer<typeof logLevel>;
  /** Where the gateway reads identity's user events (deactivations). */
  kafkaBrokers: string[];
  /**
   * Express's `trust proxy`: which proxies' X-Forwarded-For names the client (a hop count, or
   * addresses and subnets such as `loopback, 10.0.0.0/8`). False: the socket's address, always.
   */
  trustProxy: number | string | false;
  /** Gateway processes sharing the port (node:cluster); 1 runs the gateway in the main process. */
  workers: number;
}

const count = (fallback: number) => z.coerce.number().int().min(1).default(fallback);

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
  SUBGRAPH_BREAKER_ERROR_PERCENT: z.coerce.number().min(0).max(100).default(50),
  SUBGRAPH_BREAKER_MIN_CALLS: count(5),
  SUBGRAPH_BREAKER_WINDOW_MS: milliseconds(10_000),
  SUBGRAPH_BREAKER_OPEN_MS: milliseconds(5_000),
  SUBGRAPH_MAX_SOCKETS: z.coerce.number().int().min(1).default(50),
  SUPERGRAPH_PATH: z.string().default('supergraph.graphql'),
  SUPERGRAPH_URL: z.url().optional(),
  SUPERGRAPH_POLL_INTERVAL_MS: milliseconds(2_000),
  IDENTITY_JWKS_URL: z.url().default(`http://127.0.0.1:${SERVICE_PORTS.identity}/.well-known/jwks.json`),
  GATEWAY_SIGNING_KEY: z.string().optional(),
  MAX_QUERY_DEPTH: count(10),
  MAX_QUERY_ALIASES: count(15),
  MAX_QUERY_TOKENS: count(2_000),
  MAX_QUERY_DIRECTIVES: count(20),
  // graphql-armor weighs list fields by their `first`: 200 customers × 5 deals costs about 46 000.
  MAX_QUERY_COST: count(100_000),
  MAX_REQUEST_BYTES: count(1_000_000),
  REQUEST_TIMEOUT_MS: milliseconds(30_000),
  GATEWAY_WORKERS: count(1),
  LOG_LEVEL: logLevel,
  KAFKA_BROKERS: brokerList(DEFAULT_KAFKA_BROKERS),
  TRUST_PROXY: z
    .string()
    .trim()
    .optional()
    // "true" would believe any client's X-Forwarded-For: name the proxies instead.
    .refine((value) => value !== 'true', 'must be a hop count or the proxies\' addresses, not "true"'),
});

function trustProxyOf(value: string | undefined): number | string | false {
  if (!value || value === 'false') return false;
  return /^\d+$/.test(value) ? Number(value) : value;
}

export function loadGatewayConfig(env: Env = process.env): GatewayConfig {
  const parsed = parseEnv(schema, env) as Record<string, unknown> & z.infer<typeof schema>;
  return {
    nodeEnv: parsed.NODE_ENV,
    port: parsed.PORT,
    subgraphUrls: Object.fromEntries(
      SERVICE_NAMES.map((service) => [service, String(parsed[urlVariable(service)])]),
    ) as Record<ServiceName, string>,
    subgraphTimeoutMs: parsed.SUBGRAPH_TIMEOUT_MS,
    subgraphBreaker: {
      errorPercent: parsed.SUBGRAPH_BREAKER_ERROR_PERCENT,
      minCalls: parsed.SUBGRAPH_BREAKER_MIN_CALLS,
      windowMs: parsed.SUBGRAPH_BREAKER_WINDOW_MS,
      openMs: parsed.SUBGRAPH_BREAKER_OPEN_MS,
    },
    maxSocketsPerSubgraph: parsed.SUBGRAPH_MAX_SOCKETS,
    supergraph: {
      path: parsed.SUPERGRAPH_PATH,
      url: parsed.SUPERGRAPH_URL,
      pollIntervalMs: parsed.SUPERGRAPH_POLL_INTERVAL_MS,
    },
    identityJwksUrl: parsed.IDENTITY_JWKS_URL,
    signingKey: parsed.GATEWAY_SIGNING_KEY,
    limits: {
      maxDepth: parsed.MAX_QUERY_DEPTH,
      maxAliases: parsed.MAX_QUERY_ALIASES,
      maxTokens: parsed.MAX_QUERY_TOKENS,
      maxDirectives: parsed.MAX_QUERY_DIRECTIVES,
      maxCost: parsed.MAX_QUERY_COST,
      maxBodyBytes: parsed.MAX_REQUEST_BYTES,
      requestTimeoutMs: parsed.REQUEST_TIMEOUT_MS,
    },
    logLevel: parsed.LOG_LEVEL,
    kafkaBrokers: parsed.KAFKA_BROKERS,
    trustProxy: trustProxyOf(parsed.TRUST_PROXY),
    workers: parsed.GATEWAY_WORKERS,
  };
}
