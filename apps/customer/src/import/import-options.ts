import type { EntityManager } from 'typeorm';
import type { ChangeScope } from '@crm/subgraph-kit';
import type { ImportRecord, ImportRowProblem } from '../domain/customer-import-row';

/** What happens to a row with the same email or phone as an existing customer or an earlier row. */
export const DUPLICATE_POLICIES = ['SKIP', 'MERGE'] as const;
export type DuplicatePolicy = (typeof DUPLICATE_POLICIES)[number];

/** One data row of an import: its number as the user sees it, and its cells by column. */
export interface ImportRow {
  row: number;
  record: ImportRecord;
  /** Why the row cannot be read at all (e.g. its field count); it is rejected as a whole. */
  malformed?: string;
  /** A problem found before the row's cells were read (e.g. an empty id sent over GraphQL). */
  refused?: ImportRowProblem;
}

export interface CustomerImportOptions {
  onDuplicate: DuplicatePolicy;
  /** Who imports (actor of every event and of the audit entry) and the correlation id of the run. */
  scope: ChangeScope;
  origin: 'CSV' | 'GRAPHQL';
  /** The file name, for the run's record. */
  sourceName: string | null;
  /** The owner a row gets from its owner_id or the default; throws FORBIDDEN outside the importer's scope. */
  ownerOf: (requestedOwnerId: string | null) => string | null;
  /** Whether the importer may change an existing customer of this owner (a merge writes to it). */
  mayChange: (ownerId: string | null) => boolean;
  /** Rows per transaction. */
  batchSize: number;
  /**
   * Runs one batch's writes in a transaction: a fresh one per batch for a file, the request's own
   * for a GraphQL call (whose rows are then all or nothing).
   */
  inTransaction: <T>(work: (manager: EntityManager) => Promise<T>) => Promise<T>;
  /** Called after each committed batch, e.g. to move a progress bar. */
  onBatchCommitted?: (progress: ImportCounts) => void;
  runId?: string;
}

export interface ImportCounts {
  rowsRead: number;
  created: number;
  skipped: number;
  /** Duplicates that filled a blank field of the customer they repeat (MERGE). */
  merged: number;
  /** Duplicates (MERGE) that added nothing: the customer already had every value they bring. */
  unchanged: number;
  rejected: number;
}

export interface ImportSummary extends ImportCounts {
  runId: string;
  startedAt: Date;
  /** Sorted by row. */
  rejectedRows: ImportRowProblem[];
  /** Duplicates left out by SKIP, sorted by row. */
  skippedRows: ImportRowProblem[];
  durationMs: number;
}

/**
 * The import stopped: a batch failed and was rolled back, or the file could not be read further.
 * `committed` is what earlier batches wrote (it stays: each batch is complete on its own); rows
 * from `firstRow` on were not imported.
 */
export class ImportFailedError extends Error {
  constructor(
    readonly committed: ImportSummary,
    readonly firstRow: number,
    override readonly cause: unknown,
  ) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    super(
      firstRow <= 1
        ? `import stopped at row 1 (the header): ${reason}. Nothing was imported`
        : `import stopped at row ${firstRow}: ${reason}. Rows from ${firstRow} on were not imported; ` +
            `already committed: ${committed.created} created, ${committed.merged} merged, ` +
            `${committed.unchanged} unchanged duplicates, ${committed.skipped} skipped ` +
            `(rejected so far: ${committed.rejected})`,
    );
    this.name = 'ImportFailedError';
  }
}
