import { loadInfrastructureConfig } from '@crm/config';
import { bootstrapDatabase, dropDatabase, ensureKafka, ensurePostgres } from '../../../infra';

const TEST_DATABASE = 'crm_test';

/** Real Postgres and Kafka for the integration tests; a fresh `crm_test` database per run. */
export default async function globalSetup(): Promise<void> {
  const log = (message: string) => console.log(`[test setup] ${message}`);
  const infrastructure = loadInfrastructureConfig();
  const postgres = await ensurePostgres(log);
  await ensureKafka(infrastructure.kafkaBrokers, log);
  await dropDatabase(postgres.adminUrl, TEST_DATABASE);
  await bootstrapDatabase({ adminUrl: postgres.adminUrl, databaseName: TEST_DATABASE, log: () => undefined });
  process.env.CRM_TEST_ADMIN_URL = postgres.adminUrl;
  process.env.CRM_TEST_DATABASE = TEST_DATABASE;
  process.env.KAFKA_BROKERS = infrastructure.kafkaBrokers.join(',');
  process.env.CRM_TEST_RUN_ID = `${Date.now().toString(36)}`;
  (globalThis as { stopTestPostgres?: () => Promise<void> }).stopTestPostgres = postgres.stop;
}
