/**
 * Integration test files run in parallel Jest workers. Each worker has a database and a topic
 * prefix of its own (made by the global setup), so two files running side by side never see
 * each other's rows or events.
 */
export const testWorkerDatabase = (runDatabase: string, worker: number) => `${runDatabase}_w${worker}`;

export const testWorkerTopicPrefix = (runTopicPrefix: string, worker: number) =>
  `${runTopicPrefix}w${worker}.`;

/** Jest numbers its workers from 1; a file run in band counts as worker 1. */
export const currentTestWorker = () => Number(process.env.JEST_WORKER_ID ?? 1);
