import { Client } from 'pg';
import { readTestEnvironment } from '@crm/testing';
import { withScratchDatabase } from '../bench-database';

describe('withScratchDatabase (npm run bench)', () => {
  const { adminDatabaseUrl, runId } = readTestEnvironment();
  const databaseName = `crm_bench_test_${runId}`;
  const quiet = () => undefined;

  async function databaseExists(): Promise<boolean> {
    const admin = new Client({ connectionString: adminDatabaseUrl });
    await admin.connect();
    try {
      const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [databaseName]);
      return rowCount === 1;
    } finally {
      await admin.end();
    }
  }

  it('runs the bench on its own database and drops it at the end', async () => {
    const existedDuringRun = await withScratchDatabase(adminDatabaseUrl, databaseName, databaseExists, quiet);

    expect(existedDuringRun).toBe(true);
    expect(await databaseExists()).toBe(false);
  });

  it('drops the database when the bench fails', async () => {
    const failing = withScratchDatabase(
      adminDatabaseUrl,
      databaseName,
      async () => {
        throw new Error('platform did not start');
      },
      quiet,
    );

    await expect(failing).rejects.toThrow('platform did not start');
    expect(await databaseExists()).toBe(false);
  });
});
