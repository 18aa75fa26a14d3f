import { DEFAULT_KAFKA_BROKERS } from '@crm/config';

/**
 * What the global setup hands to every test file through the environment: where the test
 * database is and a run id that keeps consumer groups of different runs apart.
 */
export interface TestEnvironment {
  adminDatabaseUrl: string;
  databaseName: string;
  kafkaBrokers: string;
  runId: string;
}

export function readTestEnvironment(): TestEnvironment {
  const adminDatabaseUrl = process.env.CRM_TEST_ADMIN_URL;
  const databaseName = process.env.CRM_TEST_DATABASE;
  if (!adminDatabaseUrl || !databaseName) {
    throw new Error(
      'Integration tests run through Jest\'s "integration" project, whose global setup prepares Postgres and Kafka',
    );
  }
  return {
    adminDatabaseUrl,
    databaseName,
    kafkaBrokers: process.env.KAFKA_BROKERS ?? DEFAULT_KAFKA_BROKERS,
    runId: process.env.CRM_TEST_RUN_ID ?? 'local',
  };
}
