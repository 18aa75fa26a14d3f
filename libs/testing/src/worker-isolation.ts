import { currentTestWorker, testWorkerDatabase, testWorkerTopicPrefix } from './test-worker';

// Jest runs this before each integration test file, inside that file's own copy of process.env.
const { CRM_TEST_RUN_DATABASE, CRM_TEST_RUN_TOPIC_PREFIX } = process.env;
if (CRM_TEST_RUN_DATABASE && CRM_TEST_RUN_TOPIC_PREFIX) {
  process.env.CRM_TEST_DATABASE = testWorkerDatabase(CRM_TEST_RUN_DATABASE, currentTestWorker());
  process.env.KAFKA_TOPIC_PREFIX = testWorkerTopicPrefix(CRM_TEST_RUN_TOPIC_PREFIX, currentTestWorker());
}
