import { escapeIdentifier as id, type Client } from 'pg';
import { BOOKKEEPING_TABLES, CLOCK_DERIVED_TABLES, KEPT_TABLES } from '@crm/analytics';

/**
 * Every table of a schema the replay makes: the read models, not the consumer bookkeeping nor the
 * kept tables (copied from the live schema at the swap). Tables that age with the clock are
 * compared apart, computed at one instant on both sides.
 */
export async function readModelTables(
  admin: Client,
  schema: string,
  { clockDerived = false } = {},
): Promise<string[]> {
  const { rows } = await admin.query<{ table_name: string }>(
    `SELECT table_name FROM information_schema.tables
      WHERE table_schema = $1 AND table_type = 'BASE TABLE' ORDER BY table_name`,
    [schema],
  );
  return rows
    .map((row) => row.table_name)
    .filter((table) => !BOOKKEEPING_TABLES.includes(table) && !KEPT_TABLES.includes(table))
    .filter((table) => CLOCK_DERIVED_TABLES.includes(table) === clockDerived);
}

/**
 * The rows of each read-model table one schema has and the other has not (counting duplicates),
 * by table; empty when the two are identical row by row. Also the row count of each table.
 */
export async function readModelDiff(
  admin: Client,
  left: string,
  right: string,
  { clockDerived = false } = {},
) {
  const tables = await readModelTables(admin, left, { clockDerived });
  const differences: Record<string, { onlyIn: string; row: unknown }[]> = {};
  const counts: Record<string, number> = {};
  for (const table of tables) {
    const [a, b] = [`${id(left)}.${id(table)}`, `${id(right)}.${id(table)}`];
    const { rows } = await admin.query<{ only_in: string; row: unknown }>(
      `(SELECT $1::text AS only_in, to_jsonb(x) AS row FROM (SELECT * FROM ${a} EXCEPT ALL SELECT * FROM ${b}) x)
       UNION ALL
       (SELECT $2::text, to_jsonb(y) FROM (SELECT * FROM ${b} EXCEPT ALL SELECT * FROM ${a}) y)`,
      [left, right],
    );
    if (rows.length > 0) differences[table] = rows.map((row) => ({ onlyIn: row.only_in, row: row.row }));
    counts[table] = Number((await admin.query(`SELECT count(*) FROM ${a}`)).rows[0].count);
  }
  return { tables, differences, counts };
}
