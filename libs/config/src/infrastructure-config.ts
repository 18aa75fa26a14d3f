import { z } from 'zod';
import { brokerList, postgresUrl } from './env-fields';
import { parseEnv, type Env } from './parse-env';

export const DEFAULT_ADMIN_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/postgres';
export const DEFAULT_DATABASE_NAME = 'crm';
export const DEFAULT_KAFKA_BROKERS = '127.0.0.1:9092';

const schema = z.object({
  DATABASE_ADMIN_URL: postgresUrl(DEFAULT_ADMIN_DATABASE_URL),
  CRM_DATABASE: z
    .string()
    .regex(/^[a-z_][a-z0-9_]*$/, 'must be a lower-case SQL identifier')
    .default(DEFAULT_DATABASE_NAME),
  KAFKA_BROKERS: brokerList(DEFAULT_KAFKA_BROKERS),
});

/** What the start, test and bootstrap scripts need to bring Postgres and Kafka up. */
export interface InfrastructureConfig {
  adminDatabaseUrl: string;
  databaseName: string;
  kafkaBrokers: string[];
}

export function loadInfrastructureConfig(env: Env = process.env): InfrastructureConfig {
  const parsed = parseEnv(schema, env);
  return {
    adminDatabaseUrl: parsed.DATABASE_ADMIN_URL,
    databaseName: parsed.CRM_DATABASE,
    kafkaBrokers: parsed.KAFKA_BROKERS,
  };
}
