import type { Readable } from 'node:stream';
import type { DataSource } from 'typeorm';
import { newId } from '@crm/db';
import { cliScope } from './customer-cli-database';
import { readCustomerCsv } from './customer-csv-reader';
import { importCustomers } from './customer-importer';
import { recordFailedImport } from './import-run-record';
import {
  ImportFailedError,
  type CustomerImportOptions,
  type DuplicatePolicy,
  type ImportCounts,
  type ImportSummary,
} from './import-options';

export interface CustomerFileImportOptions {
  onDuplicate: DuplicatePolicy;
  /** Owner of rows with an empty owner_id; null leaves them unassigned. */
  defaultOwnerId: string | null;
  /** Recorded as the actor of the events and the audit entry; null: the system. */
  actorId: string | null;
  sourceName: string;
  /** Rows per transaction; 2 000 keeps each COPY and outbox insert well under a second. */
  batchSize?: number;
  onBatchCommitted?: (progress: ImportCounts) => void;
}

export const DEFAULT_IMPORT_BATCH_SIZE = 2_000;

/**
 * `npm run import:customers`: a CSV stream into the customer database, batch by batch, each batch
 * one transaction. A failed batch stops the import; its run is then recorded as FAILED with what
 * the earlier batches committed, and the ImportFailedError is rethrown for the caller to report.
 */
export async function importCustomerFile(
  dataSource: DataSource,
  input: Readable,
  options: CustomerFileImportOptions,
): Promise<ImportSummary> {
  const runId = newId();
  const importOptions: CustomerImportOptions = {
    onDuplicate: options.onDuplicate,
    scope: cliScope(dataSource, options.actorId, runId),
    origin: 'CSV',
    sourceName: options.sourceName,
    ownerOf: (requested) => requested ?? options.defaultOwnerId,
    // The command holds the service's own database role: it may complete any customer.
    mayChange: () => true,
    batchSize: options.batchSize ?? DEFAULT_IMPORT_BATCH_SIZE,
    inTransaction: (work) => dataSource.transaction(work),
    onBatchCommitted: options.onBatchCommitted,
    runId,
  };
  try {
    return await importCustomers(readCustomerCsv(input), importOptions);
  } catch (error) {
    if (error instanceof ImportFailedError) await recordFailedImport(dataSource, importOptions, error);
    throw error;
  }
}
