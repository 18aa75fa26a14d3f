import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { EntityManager } from 'typeorm';

/** A cell of a COPY row: null is SQL NULL, a Date is written as ISO-8601, an object as JSON. */
export type CopyCell = string | number | boolean | Date | object | null | undefined;

// COPY's text format (https://www.postgresql.org/docs/15/sql-copy.html#id-1.9.3.55.9.2): only
// backslash, tab, newline and carriage return need escaping, which is cheaper than CSV quoting.
const SPECIAL = /[\\\t\n\r]/;
const SPECIAL_ALL = /[\\\t\n\r]/g;
const ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

function textOf(cell: CopyCell): string {
  if (cell === null || cell === undefined) return '\\N';
  const text =
    typeof cell === 'string'
      ? cell
      : cell instanceof Date
        ? cell.toISOString()
        : typeof cell === 'object'
          ? JSON.stringify(cell)
          : String(cell);
  return SPECIAL.test(text) ? text.replace(SPECIAL_ALL, (c) => ESCAPES[c]) : text;
}

/** One line of COPY text format for these cells. */
export function copyTextLine(cells: readonly CopyCell[]): string {
  let line = '';
  for (let i = 0; i < cells.length; i++) line += (i === 0 ? '' : '\t') + textOf(cells[i]);
  return line + '\n';
}

/** The pg connection of the manager's transaction, for COPY (TypeORM has no streaming API). */
export async function transactionClient(manager: EntityManager): Promise<PoolClient> {
  if (!manager.queryRunner?.isTransactionActive) throw new Error('COPY must run inside a transaction');
  return (await manager.queryRunner.connect()) as PoolClient;
}

/**
 * Streams rows into a table of the manager's transaction with COPY … FROM STDIN: one statement and
 * no parameter parsing whatever the row count, the fastest way into Postgres short of a file.
 */
export async function copyRowsInto(
  manager: EntityManager,
  table: string,
  columns: readonly string[],
  rows: Iterable<readonly CopyCell[]>,
): Promise<void> {
  const client = await transactionClient(manager);
  let text = '';
  for (const row of rows) text += copyTextLine(row);
  if (text === '') return;
  const columnList = columns.map((column) => client.escapeIdentifier(column)).join(', ');
  await pipeline(
    Readable.from([text]),
    client.query(copyFrom(`COPY ${client.escapeIdentifier(table)} (${columnList}) FROM STDIN`)),
  );
}
