import { createWriteStream } from 'node:fs';
import { parseArgs } from 'node:util';
import { SingleBar, Presets } from 'cli-progress';
import { CrmError } from '@crm/errors';
import {
  countExportedCustomers,
  customerCliDataSource,
  EXPORT_FILTER_KEYS,
  exportCustomers,
  parseExportFilter,
} from '@crm/customer';

const USAGE = `usage: npm run export:customers -- <out.csv> [--filter key=value]…
  filters (ANDed): ${EXPORT_FILTER_KEYS.join(', ')}; e.g. --filter kind=COMPANY --filter created_from=2026-01-01
  Reads the customer service's database (CUSTOMER_DATABASE_URL or DATABASE_URL); the file imports back
  with npm run import:customers.`;

const log = (message: string) => console.log(`[export] ${message}`);

class UsageError extends Error {}

async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { filter: { type: 'string', multiple: true, default: [] } },
  });
  const [file] = positionals;
  if (!file || positionals.length > 1) throw new UsageError('give exactly one output file');
  const filter = parseExportFilter(values.filter ?? []);
  const dataSource = customerCliDataSource();
  await dataSource.initialize();
  try {
    const total = await countExportedCustomers(dataSource, filter);
    log(`exporting ${total} customers to ${file}`);
    const bar = new SingleBar(
      { format: '[export] {bar} {percentage}% | {value}/{total} customers' },
      Presets.shades_classic,
    );
    bar.start(total, 0);
    const started = Date.now();
    const rows = await exportCustomers(dataSource, createWriteStream(file), filter, (n) => {
      if (n % 1_000 === 0) bar.update(n);
    });
    bar.update(rows);
    bar.stop();
    const seconds = (Date.now() - started) / 1000;
    log(
      `${rows} customers written to ${file} in ${seconds.toFixed(1)} s (${Math.round(rows / Math.max(seconds, 0.001))} rows/s)`,
    );
  } finally {
    await dataSource.destroy();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`[export] failed: ${error instanceof Error ? error.message : String(error)}`);
    if (error instanceof UsageError || error instanceof CrmError) console.error(USAGE);
    process.exit(1);
  },
);
