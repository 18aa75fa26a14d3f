import { newId } from '@crm/db';
import { activeDictionaryKeys } from '../data/dictionary.repository';
import {
  columnOfKey,
  duplicateKeysOf,
  parseImportRow,
  type ImportRowProblem,
} from '../domain/customer-import-row';
import { fillBlankFields } from '../domain/duplicate-merge';
import type { NewCustomer } from '../domain/new-customer';
import { writeBatch, type PendingCustomer, type PendingMerge } from './import-batch-writer';
import {
  ImportFailedError,
  type CustomerImportOptions,
  type ImportRow,
  type ImportSummary,
} from './import-options';
import { recordCompletedImport } from './import-run-record';
import { ImportFileError } from './customer-csv-reader';

/** A row of this import that is being gathered into a batch, or was handed to the writer. */
interface SeenRow {
  row: number;
  id: string;
  /** Set while the row's batch is still being gathered: a duplicate then completes it in memory. */
  pending: PendingCustomer | null;
}

interface Batch {
  creates: PendingCustomer[];
  merges: PendingMerge[];
  /** Rows folded into a row of the same batch; they count once the batch commits. */
  mergedInMemory: number;
  /** Rows of the same batch that added nothing to the row they repeat. */
  unchangedInMemory: number;
}

const byRow = (a: ImportRowProblem, b: ImportRowProblem) => a.row - b.row;

/**
 * Imports customers row by row, as they stream in (a CSV file or a GraphQL call): each row is
 * validated with createCustomer's rules, duplicates (same email or phone as an existing customer
 * or an earlier row) are skipped or merged, and valid rows are written in batches, each in one
 * transaction with its events. The run's audit entry and record are written with the last batch.
 * One batch is written while the next is gathered, so parsing overlaps the database; the writes
 * themselves follow one another. Throws ImportFailedError when a batch fails or the input breaks
 * off; batches committed before stay.
 */
export async function importCustomers(
  rows: AsyncIterable<ImportRow>,
  options: CustomerImportOptions,
): Promise<ImportSummary> {
  const startedAt = new Date();
  const summary: ImportSummary = {
    runId: options.runId ?? newId(),
    startedAt,
    rowsRead: 0,
    created: 0,
    skipped: 0,
    merged: 0,
    unchanged: 0,
    rejected: 0,
    rejectedRows: [],
    skippedRows: [],
    durationMs: 0,
  };
  const rules = {
    activeDictionaryKeys: await options.inTransaction((manager) => activeDictionaryKeys(manager)),
    ownerOf: options.ownerOf,
  };
  // Each key (`email:…`, `phone:…`) of a row of this import that is or will be a customer: later
  // rows are checked against it here, against customers of other origins batch by batch in the database.
  const seen = new Map<string, SeenRow>();
  // A row handed to the writer that turned out to duplicate an existing customer → that customer.
  const matched = new Map<string, string>();
  const emptyBatch = (): Batch => ({ creates: [], merges: [], mergedInMemory: 0, unchangedInMemory: 0 });
  let batch = emptyBatch();
  let writing: Promise<void> = Promise.resolve();
  let failure: ImportFailedError | null = null;
  let lastRow = 1;

  /** One rejected row, with each of its invalid cells. */
  const reject = (problem: ImportRowProblem, others: ImportRowProblem[] = []) => {
    summary.rejected++;
    summary.rejectedRows.push(problem, ...others);
  };
  const skip = (problem: ImportRowProblem) => {
    summary.skipped++;
    summary.skippedRows.push(problem);
  };

  const accept = (row: number, customer: NewCustomer) => {
    const keys = duplicateKeysOf(customer);
    const key = keys.find((k) => seen.has(k));
    const earlier = key ? seen.get(key) : undefined;
    if (!key || !earlier) {
      const entry: SeenRow = { row, id: newId(), pending: null };
      entry.pending = { row, id: entry.id, customer };
      keys.forEach((k) => seen.set(k, entry));
      batch.creates.push(entry.pending);
      return;
    }
    const field = columnOfKey(key);
    if (options.onDuplicate === 'SKIP')
      return skip({ row, field, reason: `duplicate: same ${field} as row ${earlier.row}` });
    if (!earlier.pending) return void batch.merges.push({ row, key, targetId: earlier.id, customer });
    // Still being gathered: complete the row before it is written, its created event says it all.
    const patch = fillBlankFields(earlier.pending.customer, customer);
    if (!patch) return void batch.unchangedInMemory++;
    Object.assign(earlier.pending.customer, patch);
    duplicateKeysOf(earlier.pending.customer).forEach((k) => seen.set(k, earlier));
    batch.mergedInMemory++;
  };

  const write = async (handed: Batch, last: boolean) => {
    for (const merge of handed.merges) merge.targetId = matched.get(merge.targetId) ?? merge.targetId;
    const now = new Date();
    try {
      const outcome = await options.inTransaction(async (manager) => {
        const written = await writeBatch(manager, handed, options, now);
        if (last)
          await recordCompletedImport(manager, options, {
            id: summary.runId,
            startedAt,
            totals: {
              created: summary.created + written.created.length,
              skipped: summary.skipped + written.skippedRows.length,
              merged: summary.merged + handed.mergedInMemory + written.merged,
              unchanged: summary.unchanged + handed.unchangedInMemory + written.unchanged,
              rejected: summary.rejected + written.rejectedRows.length,
            },
            rejectedRows: [...summary.rejectedRows, ...written.rejectedRows],
            skippedRows: [...summary.skippedRows, ...written.skippedRows],
          });
        return written;
      });
      for (const [id, existingId] of outcome.matched) matched.set(id, existingId);
      // Rows not created leave the map: later duplicates find the customer they matched instead.
      for (const pending of handed.creates)
        if (outcome.matched.has(pending.id))
          for (const key of duplicateKeysOf(pending.customer))
            if (seen.get(key)?.id === pending.id) seen.delete(key);
      summary.created += outcome.created.length;
      summary.merged += handed.mergedInMemory + outcome.merged;
      summary.unchanged += handed.unchangedInMemory + outcome.unchanged;
      outcome.skippedRows.forEach(skip);
      outcome.rejectedRows.forEach((problem) => reject(problem));
      options.onBatchCommitted?.(summary);
    } catch (error) {
      failure = new ImportFailedError(finish(summary), firstUnwritten(handed, lastRow + 1), error);
    }
  };

  /** Hands the gathered rows to the writer once the previous batch is written; the last one is awaited. */
  const flush = async (last: boolean) => {
    const handed = batch;
    batch = emptyBatch();
    // From now on these rows are written as they are: later duplicates merge through the database.
    for (const pending of handed.creates)
      for (const key of duplicateKeysOf(pending.customer)) {
        const entry = seen.get(key);
        if (entry?.id === pending.id) entry.pending = null;
      }
    await writing;
    if (failure) throw failure;
    writing = write(handed, last);
    if (last) await writing;
    if (failure) throw failure;
  };

  try {
    for await (const { row, record, malformed, refused } of rows) {
      summary.rowsRead++;
      lastRow = row;
      const result = malformed || refused ? null : parseImportRow(row, record, rules);
      if (!result) reject(refused ?? { row, field: 'row', reason: malformed ?? '' });
      else if (!result.ok) reject(result.problem, result.otherProblems);
      else accept(row, result.customer);
      if (batch.creates.length + batch.merges.length >= options.batchSize) await flush(false);
    }
  } catch (error) {
    if (error instanceof ImportFailedError) throw error;
    // The input broke off (CSV syntax): what is being written finishes, the gathered rows are not written.
    await writing;
    const stoppedAt = error instanceof ImportFileError && error.row !== null ? error.row : lastRow + 1;
    throw failure ?? new ImportFailedError(finish(summary), firstUnwritten(batch, stoppedAt), error);
  }
  await flush(true);
  return finish(summary);
}

const firstUnwritten = (batch: Batch, next: number) =>
  Math.min(
    next,
    ...batch.creates.map((pending) => pending.row),
    ...batch.merges.map((pending) => pending.row),
  );

function finish(summary: ImportSummary): ImportSummary {
  summary.rejectedRows.sort(byRow);
  summary.skippedRows.sort(byRow);
  summary.durationMs = Date.now() - summary.startedAt.getTime();
  return summary;
}
