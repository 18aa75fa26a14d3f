import { Transform, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { PoolClient } from 'pg';
import QueryStream from 'pg-query-stream';
import { stringify } from 'csv-stringify';
import type { DataSource } from 'typeorm';
import { EXPORT_ONLY_COLUMNS, IMPORT_COLUMNS } from '../domain/customer-import-row';
import type { CustomerExportFilter } from '../domain/customer-export-filter';

/** The import columns (so an export imports back) and what only the database knows. */
export const EXPORT_COLUMNS = ['id', ...IMPORT_COLUMNS, ...EXPORT_ONLY_COLUMNS.filter((c) => c !== 'id')];

const SELECTED: Record<string, string> = {
  birth_date: `to_char(birth_date, 'YYYY-MM-DD') AS birth_date`,
  created_at: `to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS created_at`,
};

const CONDITIONS: Record<keyof CustomerExportFilter, string> = {
  kind: 'kind = $',
  ownerId: 'owner_id = $',
  lifecycleStage: 'lifecycle_stage = $',
  tier: 'tier = $',
  region: 'region = $',
  industry: 'industry = $',
  source: 'source = $',
  createdFrom: 'created_at >= $',
  createdTo: 'created_at < $',
};

/** Live customers only: merged ones live on in their survivor, erased ones have nothing left to export. */
function whereOf(filter: CustomerExportFilter): { where: string; params: unknown[] } {
  const conditions = ['merged_into_id IS NULL', 'erased_at IS NULL'];
  const params: unknown[] = [];
  for (const [field, condition] of Object.entries(CONDITIONS)) {
    const value = filter[field as keyof CustomerExportFilter];
    if (value === undefined) continue;
    params.push(value);
    conditions.push(`${condition}${params.length}`);
  }
  return { where: conditions.join(' AND '), params };
}

export async function countExportedCustomers(
  dataSource: DataSource,
  filter: CustomerExportFilter,
): Promise<number> {
  const { where, params } = whereOf(filter);
  const [row] = await dataSource.query(`SELECT count(*)::int AS n FROM customers WHERE ${where}`, params);
  return row.n;
}

/**
 * Streams the customers matching the filter as CSV (header row first, oldest first) through a
 * server-side cursor: memory stays flat however many customers there are. Returns the row count.
 */
export async function exportCustomers(
  dataSource: DataSource,
  out: Writable,
  filter: CustomerExportFilter,
  onRow?: (rows: number) => void,
): Promise<number> {
  const { where, params } = whereOf(filter);
  const columns = EXPORT_COLUMNS.map((column) => SELECTED[column] ?? column).join(', ');
  const sql = `SELECT ${columns} FROM customers WHERE ${where} ORDER BY created_at, id`;
  const queryRunner = dataSource.createQueryRunner();
  const client = (await queryRunner.connect()) as PoolClient;
  let rows = 0;
  try {
    const cursor = client.query(new QueryStream(sql, params, { batchSize: 1_000 }));
    const counted = new Transform({
      objectMode: true,
      transform(row: Record<string, unknown>, _encoding, done) {
        rows++;
        onRow?.(rows);
        done(null, row);
      },
    });
    await pipeline(cursor, counted, stringify({ header: true, columns: EXPORT_COLUMNS }), out);
    return rows;
  } finally {
    await queryRunner.release();
  }
}
