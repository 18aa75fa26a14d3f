import { createReadStream, createWriteStream, statSync } from 'node:fs';
import { basename } from 'node:path';
import { Transform } from 'node:stream';
import { finished } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import { SingleBar, Presets } from 'cli-progress';
import { stringify } from 'csv-stringify';
import { isUuid } from '@crm/db';
import {
  customerCliDataSource,
  DUPLICATE_POLICIES,
  importCustomerFile,
  ImportFailedError,
  type DuplicatePolicy,
  type ImportSummary,
} from '@crm/customer';

const USAGE = `usage: npm run import:customers -- <file.csv> [--on-duplicate skip|merge] [--owner <userId>]
                                [--reject-report rejects.csv] [--actor <userId>] [--batch-size 2000]
  The header row names the columns: kind,name (required), email, phone, owner_id, source, industry,
  region, website, company_size, birth_date, gender. Writes to the customer service's database
  (CUSTOMER_DATABASE_URL or DATABASE_URL); its relay publishes one customer.created per customer.`;

const log = (message: string) => console.log(`[import] ${message}`);

class UsageError extends Error {}

function options() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      'on-duplicate': { type: 'string', default: 'skip' },
      owner: { type: 'string' },
      actor: { type: 'string' },
      'reject-report': { type: 'string' },
      'batch-size': { type: 'string', default: '2000' },
    },
  });
  const [file] = positionals;
  if (!file || positionals.length > 1) throw new UsageError('give exactly one CSV file');
  const onDuplicate = values['on-duplicate']?.toUpperCase() as DuplicatePolicy;
  if (!DUPLICATE_POLICIES.includes(onDuplicate))
    throw new UsageError(`--on-duplicate must be skip or merge (got ${values['on-duplicate']})`);
  for (const flag of ['owner', 'actor'] as const)
    if (values[flag] !== undefined && !isUuid(values[flag]))
      throw new UsageError(`--${flag} must be a user id (UUID), got ${values[flag]}`);
  const batchSize = Number(values['batch-size']);
  if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 10_000)
    throw new UsageError(`--batch-size must be 1 to 10000 (got ${values['batch-size']})`);
  return {
    file,
    onDuplicate,
    owner: values.owner ?? null,
    actor: values.actor ?? null,
    rejectReport: values['reject-report'] ?? null,
    batchSize,
  };
}

/** The rows left out, rejected and skipped, by row: what the user fixes and imports again. */
async function writeReport(path: string, summary: ImportSummary): Promise<void> {
  const rows = [
    ...summary.rejectedRows.map((problem) => ({ ...problem, outcome: 'REJECTED' })),
    ...summary.skippedRows.map((problem) => ({ ...problem, outcome: 'SKIPPED' })),
  ].sort((a, b) => a.row - b.row);
  const out = createWriteStream(path);
  const csv = stringify({ header: true, columns: ['row', 'outcome', 'field', 'reason'] });
  csv.pipe(out);
  for (const row of rows) csv.write(row);
  csv.end();
  await finished(out);
}

function printSummary(summary: ImportSummary): void {
  const seconds = summary.durationMs / 1000;
  log(
    `${summary.rowsRead} rows in ${seconds.toFixed(1)} s (${Math.round(summary.rowsRead / Math.max(seconds, 0.001))} rows/s): ` +
      `${summary.created} created, ${summary.merged} merged, ${summary.unchanged} unchanged duplicates, ` +
      `${summary.skipped} skipped, ${summary.rejected} rejected`,
  );
  log(`import run ${summary.runId} (audit: entityType CustomerImport, entityId ${summary.runId})`);
}

async function main() {
  const args = options();
  const bytes = statSync(args.file).size;
  const dataSource = customerCliDataSource();
  await dataSource.initialize();
  log(
    `importing ${args.file} (${(bytes / 1e6).toFixed(1)} MB), duplicates: ${args.onDuplicate.toLowerCase()}`,
  );
  const bar = new SingleBar(
    { format: '[import] {bar} {percentage}% | {value}/{total} bytes | {created} created | {rows} rows/s' },
    Presets.shades_classic,
  );
  bar.start(bytes, 0, { created: 0, rows: 0 });
  let read = 0;
  const started = Date.now();
  const counting = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      read += chunk.length;
      done(null, chunk);
    },
  });
  try {
    const summary = await importCustomerFile(dataSource, createReadStream(args.file).pipe(counting), {
      onDuplicate: args.onDuplicate,
      defaultOwnerId: args.owner,
      actorId: args.actor,
      sourceName: basename(args.file),
      batchSize: args.batchSize,
      onBatchCommitted: (progress) =>
        bar.update(read, {
          created: progress.created,
          rows: Math.round(progress.rowsRead / Math.max((Date.now() - started) / 1000, 0.001)),
        }),
    });
    bar.update(bytes);
    bar.stop();
    printSummary(summary);
    if (args.rejectReport) {
      await writeReport(args.rejectReport, summary);
      log(`reject report: ${args.rejectReport} (${summary.rejected + summary.skipped} rows)`);
    } else if (summary.rejected + summary.skipped > 0) {
      log('pass --reject-report rejects.csv to get the rows left out and why');
    }
  } catch (error) {
    bar.stop();
    if (error instanceof ImportFailedError && args.rejectReport)
      await writeReport(args.rejectReport, error.committed);
    throw error;
  } finally {
    await dataSource.destroy();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`[import] failed: ${error instanceof Error ? error.message : String(error)}`);
    if (error instanceof UsageError) console.error(USAGE);
    process.exit(1);
  },
);
