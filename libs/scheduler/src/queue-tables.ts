import PgBoss from 'pg-boss';
import { Client, escapeIdentifier } from 'pg';

const CREATE_SCHEMA = /CREATE SCHEMA IF NOT EXISTS [^\s;]+/;

export interface QueueSettings {
  name: string;
  policy: 'standard' | 'singleton';
  retryLimit: number;
  retryDelay: number;
  retryBackoff: boolean;
  expireInSeconds: number;
}

/**
 * Creates pg-boss's tables in `schema` when they are missing, then the queues (one table partition
 * each). pg-boss's own installer starts with CREATE SCHEMA IF NOT EXISTS, which Postgres refuses to
 * a role without CREATE on the database even when the schema exists; a service role has no such
 * right (infra/postgres/bootstrap.sql makes its `<service>_jobs` schema), so the same construction
 * plan runs here without that statement. Replicas starting together would deadlock creating the
 * same partitions, so one at a time holds a lock.
 */
export async function prepareQueues(
  databaseUrl: string,
  schema: string,
  queues: QueueSettings[],
): Promise<void> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('BEGIN');
    await client.query("SELECT pg_advisory_xact_lock(hashtext('crm.scheduler.' || $1))", [schema]);
    const { rows } = await client.query<{ installed: boolean }>(
      'SELECT to_regclass($1) IS NOT NULL AS installed',
      [`${escapeIdentifier(schema)}.version`],
    );
    if (!rows[0].installed) await client.query(constructionStatements(schema));
    for (const { name, ...settings } of queues) {
      await client.query(`SELECT ${escapeIdentifier(schema)}.create_queue($1, $2)`, [name, settings]);
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    await client.end();
  }
}

/** pg-boss's construction plan without its own transaction and CREATE SCHEMA. */
function constructionStatements(schema: string): string {
  const plan = PgBoss.getConstructionPlans(schema);
  if (!CREATE_SCHEMA.test(plan)) throw new Error('pg-boss construction plan changed: review prepareQueues');
  return plan
    .replace(CREATE_SCHEMA, 'SELECT 1')
    .replace(/^\s*BEGIN;/m, '')
    .replace(/COMMIT;\s*$/, '');
}
