import { z } from 'zod';
import { brokerList, logLevel, milliseconds, nodeEnv, port, postgresUrl } from './env-fields';
import { DEFAULT_DATABASE_NAME, DEFAULT_KAFKA_BROKERS } from './infrastructure-config';
import { parseEnv, type Env } from './parse-env';
import { databaseRoleOf, GATEWAY_PORT, SERVICE_PORTS, type ServiceName } from './services';

export interface ServiceConfig {
  service: ServiceName;
  nodeEnv: 'development' | 'test' | 'production';
  port: number;
  databaseUrl: string;
  /** Connections the service's pool may open (its API, consumer and relay share them). */
  databasePoolSize: number;
  /** Connections of the service's job queue (pg-boss), besides its pool. */
  jobPoolSize: number;
  kafkaBrokers: string[];
  /** Consumer group of the service; its dead-letter topic is `<group>.dlq` (DESIGN §4). */
  consumerGroupId: string;
  /** Where a consumer group with no committed offsets starts reading. */
  consumerStartFrom: 'earliest' | 'latest';
  outboxPollIntervalMs: number;
  /** Where the gateway publishes the keys of its internal tokens. */
  gatewayJwksUrl: string;
  logLevel: z.infer<typeof logLevel>;
}

function defaultDatabaseUrl(service: ServiceName): string {
  const role = databaseRoleOf(service);
  return `postgres://${role}:${role}@127.0.0.1:5432/${DEFAULT_DATABASE_NAME}`;
}

function schemaFor(service: ServiceName) {
  return z.object({
    NODE_ENV: nodeEnv,
    PORT: port(SERVICE_PORTS[service]),
    DATABASE_URL: postgresUrl(defaultDatabaseUrl(service)),
    DATABASE_POOL_SIZE: z.coerce.number().int().min(2).max(200).default(10),
    JOB_POOL_SIZE: z.coerce.number().int().min(1).max(50).default(4),
    KAFKA_BROKERS: brokerList(DEFAULT_KAFKA_BROKERS),
    KAFKA_GROUP_ID: z.string().min(1).default(`crm.${service}`),
    KAFKA_START_FROM: z.enum(['earliest', 'latest']).default('earliest'),
    OUTBOX_POLL_INTERVAL_MS: milliseconds(1_000),
    GATEWAY_JWKS_URL: z.url().default(`http://127.0.0.1:${GATEWAY_PORT}/.well-known/jwks.json`),
    LOG_LEVEL: logLevel,
  });
}

/** Reads one service's settings; every bad variable is reported at once, by name. */
export function loadServiceConfig(service: ServiceName, env: Env = process.env): ServiceConfig {
  const parsed = parseEnv(schemaFor(service), env);
  return {
    service,
    nodeEnv: parsed.NODE_ENV,
    port: parsed.PORT,
    databaseUrl: parsed.DATABASE_URL,
    databasePoolSize: parsed.DATABASE_POOL_SIZE,
    jobPoolSize: parsed.JOB_POOL_SIZE,
    kafkaBrokers: parsed.KAFKA_BROKERS,
    consumerGroupId: parsed.KAFKA_GROUP_ID,
    consumerStartFrom: parsed.KAFKA_START_FROM,
    outboxPollIntervalMs: parsed.OUTBOX_POLL_INTERVAL_MS,
    gatewayJwksUrl: parsed.GATEWAY_JWKS_URL,
    logLevel: parsed.LOG_LEVEL,
  };
}
