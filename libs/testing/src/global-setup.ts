import { loadInfrastructureConfig } from '@crm/config';
// Jest loads its global setup without moduleNameMapper: the @crm/infra alias (not an npm workspace) does not resolve.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { bootstrapDatabase, dropDatabase, ensureKafka, ensurePostgres } from '../../../infra';

interface TestRun {
  stop(): Promise<void>;
}

/**
 * Real Postgres and Kafka for the integration tests, and a database of this run's own
 * (`crm_test_<run id>`), so two runs on one machine never share or drop each other's data.
 */
export default async function globalSetup(): Promise<void> {
  const log = (message: string) => console.log(`[test setup] ${message}`);
  const infrastructure = loadInfrastructureConfig();
  const postgres = await ensurePostgres(log);
  await ensureKafka(infrastructure.kafkaBrokers, log);
  const runId = `${Date.now().toString(36)}${process.pid.toString(36)}`;
  const database = `crm_test_${runId}`;
  await bootstrapDatabase({ adminUrl: postgres.adminUrl, databaseName: database, log: () => undefined });
  process.env.CRM_TEST_ADMIN_URL = postgres.adminUrl;
  process.env.CRM_TEST_DATABASE = database;
  process.env.KAFKA_BROKERS = infrastructure.kafkaBrokers.join(',');
  process.env.CRM_TEST_RUN_ID = runId;
  // Tests publish on their own topics: a developer's `npm start` on this broker never sees them.
  process.env.KAFKA_TOPIC_PREFIX ??= 'test.';
  (globalThis as { crmTestRun?: TestRun }).crmTestRun = {
    async stop() {
      await dropDatabase(postgres.adminUrl, database);
      await postgres.stop();
    },
  };
}
