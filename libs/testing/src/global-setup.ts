import { loadInfrastructureConfig } from '@crm/config';
import {
  bootstrapDatabase,
  dropDatabase,
  ensureKafka,
  ensurePostgres,
  provisionPlatformTopics,
} from '../../../infra';
import { deleteTestRunKafka, testRunTopicPrefix } from './test-run-kafka';

interface TestRun {
  stop(): Promise<void>;
}

/**
 * Real Postgres and Kafka for the integration tests, a database of this run's own
 * (`crm_test_<run id>`) and topics of its own (`test.<run id>.crm.…`), so two runs on one
 * machine never share or drop each other's data. The teardown removes all three.
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
  const ownTopicPrefix = process.env.KAFKA_TOPIC_PREFIX ? undefined : testRunTopicPrefix(runId);
  if (ownTopicPrefix) process.env.KAFKA_TOPIC_PREFIX = ownTopicPrefix;
  // Each platform a test starts has consumer groups of its own: their dead-letter topics come with them.
  await provisionPlatformTopics(infrastructure.kafkaBrokers, [], log);
  (globalThis as { crmTestRun?: TestRun }).crmTestRun = {
    async stop() {
      try {
        const deleted = await deleteTestRunKafka({
          brokers: infrastructure.kafkaBrokers,
          runId,
          ownTopicPrefix,
        });
        console.log(
          `[test teardown] deleted ${deleted.topics.length} topics and ${deleted.groups.length} consumer groups of run ${runId}`,
        );
      } catch (error) {
        console.error(`[test teardown] could not delete the topics of run ${runId}:`, error);
      } finally {
        await dropDatabase(postgres.adminUrl, database);
        await postgres.stop();
      }
    },
  };
}
