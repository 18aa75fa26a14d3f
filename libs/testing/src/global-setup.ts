import { loadInfrastructureConfig } from '@crm/config';
// Jest loads its global setup without moduleNameMapper: the @crm/infra alias (not an npm workspace) does not resolve.
// eslint-disable-next-line @nx/enforce-module-boundaries
import {
  bootstrapDatabase,
  dropDatabase,
  ensureKafka,
  ensurePostgres,
  provisionPlatformTopics,
} from '../../../infra';
import { deleteTestRunKafka, testRunTopicPrefix } from './test-run-kafka';
import { testWorkerDatabase, testWorkerTopicPrefix } from './test-worker';

interface TestRun {
  stop(): Promise<void>;
}

/**
 * Real Postgres and Kafka for the integration tests, and for each Jest worker a database of its
 * own (`crm_test_<run id>_w<worker>`) and topics of its own (`test.<run id>.w<worker>.crm.…`, see
 * worker-isolation.ts), so neither two runs on one machine nor two workers of one run share or
 * drop each other's data. The teardown removes them all.
 */
export default async function globalSetup(globalConfig: { maxWorkers: number }): Promise<void> {
  const log = (message: string) => console.log(`[test setup] ${message}`);
  const infrastructure = loadInfrastructureConfig();
  const postgres = await ensurePostgres(log);
  await ensureKafka(infrastructure.kafkaBrokers, log);
  const runId = `${Date.now().toString(36)}${process.pid.toString(36)}`;
  const runDatabase = `crm_test_${runId}`;
  const databases = Array.from({ length: Math.max(1, globalConfig.maxWorkers) }, (_, index) =>
    testWorkerDatabase(runDatabase, index + 1),
  );
  for (const databaseName of databases) {
    await bootstrapDatabase({ adminUrl: postgres.adminUrl, databaseName, log: () => undefined });
  }
  process.env.CRM_TEST_ADMIN_URL = postgres.adminUrl;
  process.env.CRM_TEST_RUN_DATABASE = runDatabase;
  process.env.KAFKA_BROKERS = infrastructure.kafkaBrokers.join(',');
  process.env.CRM_TEST_RUN_ID = runId;
  // Tests publish on their own topics: a developer's `npm start` on this broker never sees them.
  const outerTopicPrefix = process.env.KAFKA_TOPIC_PREFIX ?? '';
  const ownTopicPrefix = `${outerTopicPrefix}${testRunTopicPrefix(runId)}`;
  process.env.CRM_TEST_RUN_TOPIC_PREFIX = ownTopicPrefix;
  // Each platform a test starts has consumer groups of its own: their dead-letter topics come with them.
  for (let worker = 1; worker <= databases.length; worker++) {
    // Topic names read KAFKA_TOPIC_PREFIX when they are made.
    process.env.KAFKA_TOPIC_PREFIX = testWorkerTopicPrefix(ownTopicPrefix, worker);
    await provisionPlatformTopics(infrastructure.kafkaBrokers, [], log);
  }
  process.env.KAFKA_TOPIC_PREFIX = outerTopicPrefix;
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
        for (const databaseName of databases) await dropDatabase(postgres.adminUrl, databaseName);
        await postgres.stop();
      }
    },
  };
}
