import type { Client } from 'pg';
import { escapeIdentifier as id } from 'pg';
import { outboxChannelOf, outboxNotifyFunctionSql } from '@crm/messaging';

export interface SchemaSwap {
  live: string;
  fresh: string;
  /** What the live schema is renamed to; one left by an earlier rebuild is dropped. */
  previous: string;
  keptTables: string[];
  /**
   * Runs while the live consumers wait: applies to the fresh schema what reached the log since its
   * replay, so it holds every event the live schema holds.
   */
  catchUp: () => Promise<void>;
}

/**
 * Puts the fresh schema in the live one's place in one transaction, keeping the live one (renamed)
 * until it commits. It first locks the live inbox: every consumer transaction starts by writing
 * there, so the ones in flight finish first and the next ones wait, then find `inbox` (and every
 * other name) in the renamed schema: Postgres looks a name up again after waiting for its lock.
 */
export async function swapInFreshSchema(admin: Client, swap: SchemaSwap): Promise<void> {
  const { live, fresh, previous } = swap;
  await admin.query('BEGIN');
  try {
    await admin.query("SET LOCAL lock_timeout = '60s'");
    await admin.query(`LOCK TABLE ${id(live)}.inbox IN ACCESS EXCLUSIVE MODE`);
    await swap.catchUp();
    for (const table of swap.keptTables) await carryOver(admin, live, fresh, table);
    await carryOverSequences(admin, live, fresh);
    await admin.query(`DROP SCHEMA IF EXISTS ${id(previous)} CASCADE`);
    await admin.query(`ALTER SCHEMA ${id(live)} RENAME TO ${id(previous)}`);
    await admin.query(`ALTER SCHEMA ${id(fresh)} RENAME TO ${id(live)}`);
    // The fresh outbox's trigger announced on the fresh schema's channel; the relay listens on the live one's.
    await admin.query(`SET LOCAL search_path = ${id(live)}`);
    await admin.query(outboxNotifyFunctionSql(outboxChannelOf(live)));
    await admin.query('COMMIT');
  } catch (error) {
    await admin.query('ROLLBACK');
    throw error;
  }
}

/** The live rows of `tables` in place of the fresh schema's, in one transaction (before a replay). */
export async function copyLiveTables(
  admin: Client,
  live: string,
  fresh: string,
  tables: string[],
): Promise<void> {
  await admin.query('BEGIN');
  try {
    for (const table of tables) await carryOver(admin, live, fresh, table);
    await admin.query('COMMIT');
  } catch (error) {
    await admin.query('ROLLBACK');
    throw error;
  }
}

/** The live rows of a table the replay cannot make, in place of the fresh ones. */
async function carryOver(admin: Client, live: string, fresh: string, table: string): Promise<void> {
  const { rows } = await admin.query<{ column_name: string }>(
    `SELECT f.column_name FROM information_schema.columns f
       JOIN information_schema.columns l ON l.table_name = f.table_name AND l.column_name = f.column_name
      WHERE f.table_schema = $1 AND l.table_schema = $2 AND f.table_name = $3
      ORDER BY f.ordinal_position`,
    [fresh, live, table],
  );
  if (rows.length === 0) return;
  const columns = rows.map((row) => id(row.column_name)).join(', ');
  await admin.query(`LOCK TABLE ${id(live)}.${id(table)} IN EXCLUSIVE MODE`);
  await admin.query(`TRUNCATE ${id(fresh)}.${id(table)}`);
  await admin.query(
    `INSERT INTO ${id(fresh)}.${id(table)} (${columns}) SELECT ${columns} FROM ${id(live)}.${id(table)}`,
  );
}

/** Sequences (the outbox's position) go on from where the live ones are. */
async function carryOverSequences(admin: Client, live: string, fresh: string): Promise<void> {
  const { rows } = await admin.query<{ name: string; last_value: string }>(
    `SELECT l.sequencename AS name, l.last_value FROM pg_sequences l
       JOIN pg_sequences f ON f.sequencename = l.sequencename AND f.schemaname = $2
      WHERE l.schemaname = $1 AND l.last_value IS NOT NULL`,
    [live, fresh],
  );
  for (const row of rows) {
    await admin.query(
      'SELECT setval($1::regclass, GREATEST($2::bigint, coalesce((SELECT last_value FROM pg_sequences WHERE schemaname = $3 AND sequencename = $4), 1)))',
      [`${id(fresh)}.${id(row.name)}`, row.last_value, fresh, row.name],
    );
  }
}
