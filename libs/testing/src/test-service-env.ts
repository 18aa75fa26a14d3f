import type { ServiceName } from '@crm/config';
import { serviceDatabaseUrl } from '@crm/infra';
import { readTestEnvironment } from './test-environment';

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
    // Workers (TEST_WORKERS) each run a whole platform on one Postgres (100 connections): small pools.
    DATABASE_POOL_SIZE: '4',
    JOB_POOL_SIZE: '2',
    KAFKA_BROKERS: test.kafkaBrokers,
    KAFKA_GROUP_ID: `crm-test-${test.runId}-${groupSuffix}.${service}`,
    KAFKA_START_FROM: 'latest',
    OUTBOX_POLL_INTERVAL_MS: '500',
    GATEWAY_JWKS_URL: `http://127.0.0.1:${gatewayPort}/.well-known/jwks.json`,
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'error',
  };
}
