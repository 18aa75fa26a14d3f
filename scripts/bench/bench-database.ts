import { bootstrapDatabase, dropDatabase } from '@crm/infra';

/**
 * Runs `run` on a database made for it (schemas and roles as `npm start` makes them) and drops it
 * afterwards, also when `run` fails: a bench leaves no 1 GB database behind. A leftover of an
 * interrupted run is dropped first.
 */
export async function withScratchDatabase<T>(
  adminUrl: string,
  databaseName: string,
  run: () => Promise<T>,
  log: (message: string) => void = console.log,
): Promise<T> {
  await dropDatabase(adminUrl, databaseName);
  await bootstrapDatabase({ adminUrl, databaseName, log });
  try {
    return await run();
  } finally {
    log(`dropping the database ${databaseName}`);
    await dropDatabase(adminUrl, databaseName);
  }
}
