import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { promisify } from 'node:util';
import { from as copyFrom } from 'pg-copy-streams';
import type { DataSource } from 'typeorm';
import { generateCustomerCsv, testServiceEnv, CUSTOMER_CSV_HEADER } from '@crm/platform-testing';
import { transactionClient } from '@crm/db';

const ROWS = 200_000;

const rate = (rows: number, ms: number) => Math.round(rows / (ms / 1000));

/** The same file straight into a table without indexes or checks, Postgres parsing the CSV: the floor. */
async function rawCopyMs(dataSource: DataSource, csv: string): Promise<number> {
  return dataSource.transaction(async (manager) => {
    // A service role may not create temporary tables: a plain one, dropped in the same transaction.
    await manager.query(
      `CREATE TABLE customers_bare (${CUSTOMER_CSV_HEADER.map((c) => `${c} text`).join(', ')})`,
    );
    const client = await transactionClient(manager);
    const started = Date.now();
    await pipeline(
      Readable.from([csv]),
      client.query(copyFrom('COPY customers_bare FROM STDIN WITH (FORMAT csv, HEADER true)')),
    );
    const elapsed = Date.now() - started;
    await manager.query('DROP TABLE customers_bare');
    return elapsed;
  });
}

/** `npm run import:customers` in its own process, as a user runs it; its summary line carries the numbers. */
async function runImportCommand(file: string, databaseUrl: string) {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['--import', 'tsx', join(__dirname, '..', 'import-customers.ts'), file],
    { env: { ...process.env, CUSTOMER_DATABASE_URL: databaseUrl, LOG_LEVEL: 'error' }, maxBuffer: 1 << 24 },
  );
  const summary =
    /(\d+) rows in ([\d.]+) s .*: (\d+) created, \d+ merged, (\d+) skipped, (\d+) rejected/.exec(stdout);
  const run = /import run ([0-9a-f-]{36})/.exec(stdout);
  if (!summary || !run) throw new Error(`unexpected import output:\n${stdout}`);
  const [rows, seconds, created, skipped, rejected] = summary.slice(1).map(Number);
  return { rows, ms: seconds * 1000, created, skipped, rejected, runId: run[1] };
}

/**
 * `npm run bench`, customer import: a generated 200 000-row CSV (1 % bad rows) through the import
 * command (parse, validate, dedup, COPY, one outbox event per customer) while the platform runs,
 * next to a raw COPY of the same file into a bare table. The imported rows and their events are
 * removed afterwards, so the relay does not keep later benches busy publishing them.
 */
export async function benchCustomerImport(dataSource: DataSource): Promise<void> {
  console.log(`\n== customer import, ${ROWS} CSV rows with 1 % bad ones ==`);
  const directory = await mkdtemp(join(tmpdir(), 'crm-import-bench-'));
  try {
    const file = join(directory, 'customers.csv');
    const generated = generateCustomerCsv({ rows: ROWS, namespace: 6 });
    await writeFile(file, generated.csv);
    // The customer service's own database URL in the bench database, as the command would be given it.
    const imported = await runImportCommand(file, testServiceEnv('customer', 'bench').DATABASE_URL);
    const copyMs = await rawCopyMs(dataSource, generated.csv);
    await dataSource.query(
      `DELETE FROM customers WHERE id::text IN (SELECT message_key FROM outbox
        WHERE event_type = 'crm.customer.customer.created' AND payload->>'correlationid' = $1)`,
      [imported.runId],
    );
    await dataSource.query(`DELETE FROM outbox WHERE payload->>'correlationid' = $1`, [imported.runId]);
    const importRate = rate(imported.rows, imported.ms);
    const copyRate = rate(ROWS, copyMs);
    console.log(
      `import command   ${importRate} rows/s   (${imported.created} created, ${imported.rejected} rejected, ` +
        `${imported.skipped} skipped in ${(imported.ms / 1000).toFixed(1)} s)`,
    );
    console.log(
      `raw COPY         ${copyRate} rows/s   (the same file into text columns, no index: ${(copyMs / 1000).toFixed(1)} s)`,
    );
    console.log(
      `import cost      ${(copyRate / Math.max(importRate, 1)).toFixed(1)}× fewer rows/s than raw COPY`,
    );
  } finally {
    await rm(directory, { recursive: true, force: true });
  }
}
