import { randomUUID } from 'node:crypto';
import { Client, escapeIdentifier as id } from 'pg';
import type { DataSource } from 'typeorm';
import { readModelsIn } from '@crm/analytics';
import { readTestEnvironment, testServiceEnv } from '@crm/platform-testing';

export interface OwnReadModels {
  schema: string;
  readModels: DataSource;
  /** Closes the connections and drops the schema. */
  drop(): Promise<void>;
}

/**
 * A schema made by analytics' migrations for one test file alone (`analytics_<name>_<random>`),
 * owned by the analytics role: the file's rows are the only ones in it.
 */
export async function ownReadModels(name: string): Promise<OwnReadModels> {
  const schema = `analytics_${name}_${randomUUID().slice(0, 8)}`;
  const test = readTestEnvironment();
  const adminUrl = new URL(test.adminDatabaseUrl);
  adminUrl.pathname = `/${test.databaseName}`;
  const admin = new Client({ connectionString: adminUrl.toString() });
  await admin.connect();
  const databaseUrl = testServiceEnv('analytics', name).DATABASE_URL;
  await admin.query(
    `CREATE SCHEMA ${id(schema)} AUTHORIZATION ${id(decodeURIComponent(new URL(databaseUrl).username))}`,
  );
  const readModels = await readModelsIn(databaseUrl, schema);
  return {
    schema,
    readModels,
    async drop() {
      await readModels.destroy();
      await admin.query(`DROP SCHEMA IF EXISTS ${id(schema)} CASCADE`);
      await admin.end();
    },
  };
}
