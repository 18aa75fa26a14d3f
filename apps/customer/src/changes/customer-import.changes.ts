import { DataSource } from 'typeorm';
import { badUserInput } from '@crm/errors';
import { canReachRecord, ownerOfNewRecord } from '@crm/permissions';
import type { ChangeScope } from '@crm/subgraph-kit';
import { findImportRun } from '../data/customer-import-run.repository';
import { emptyIdProblem, type ImportRecord, type ImportRowProblem } from '../domain/customer-import-row';
import { importCustomers } from '../import/customer-importer';
import type { DuplicatePolicy, ImportRow, ImportSummary } from '../import/import-options';
import { runIdempotentChange } from './idempotent-change';

/** Rows per call: one transaction, and a request well under the gateway's 1 MB body limit. */
export const MAX_IMPORT_ROWS_PER_CALL = 1_000;

export type ImportCustomerRow = Partial<
  Record<
    | 'kind'
    | 'name'
    | 'email'
    | 'phone'
    | 'ownerId'
    | 'source'
    | 'industry'
    | 'region'
    | 'website'
    | 'companySize'
    | 'birthDate'
    | 'gender',
    string | null | undefined
  >
>;

export interface ImportCustomersInput {
  rows: ImportCustomerRow[];
  /** The SDL's default is SKIP. */
  onDuplicate?: DuplicatePolicy;
  idempotencyKey?: string | null;
}

export interface CustomerImportResult {
  importId: string;
  created: number;
  merged: number;
  unchanged: number;
  skipped: number;
  rejected: ImportRowProblem[];
  skippedRows: ImportRowProblem[];
}

/** A GraphQL row is a CSV row under its column names, so both paths share one validation. */
const recordOf = ({ ownerId, companySize, birthDate, ...rest }: ImportCustomerRow): ImportRecord => ({
  ...rest,
  owner_id: ownerId,
  company_size: companySize,
  birth_date: birthDate,
});

async function* numbered(rows: ImportCustomerRow[]): AsyncGenerator<ImportRow> {
  for (const [index, row] of rows.entries()) {
    const refused = emptyIdProblem(index + 1, row.ownerId) ?? undefined;
    yield { row: index + 1, record: recordOf(row), refused };
  }
}

const resultOf = (summary: ImportSummary): CustomerImportResult => ({
  importId: summary.runId,
  created: summary.created,
  merged: summary.merged,
  unchanged: summary.unchanged,
  skipped: summary.skipped,
  rejected: summary.rejectedRows,
  skippedRows: summary.skippedRows,
});

/**
 * importCustomers: up to 1 000 rows in the request's one transaction (all valid rows or none), by
 * the import's batch writer; a retry with the same idempotency key gets the first call's result.
 */
export async function importCustomerRows(
  scope: ChangeScope,
  { idempotencyKey, ...input }: ImportCustomersInput,
): Promise<CustomerImportResult> {
  if (input.rows.length < 1 || input.rows.length > MAX_IMPORT_ROWS_PER_CALL)
    throw badUserInput(
      'input.rows',
      `must have 1 to ${MAX_IMPORT_ROWS_PER_CALL} rows per call (got ${input.rows.length}); send more in several calls`,
    );
  const { caller } = scope;
  let summary: ImportSummary | undefined;
  const request = { operation: 'importCustomers', key: idempotencyKey, input };
  const runId = await runIdempotentChange(scope, request, async ({ manager }) => {
    summary = await importCustomers(numbered(input.rows), {
      onDuplicate: input.onDuplicate ?? 'SKIP',
      scope: { ...scope, db: manager },
      origin: 'GRAPHQL',
      sourceName: null,
      ownerOf: (requested) => ownerOfNewRecord(caller, 'customer:write', requested, 'customers'),
      mayChange: (ownerId) => canReachRecord(caller, 'customer:write', ownerId),
      batchSize: MAX_IMPORT_ROWS_PER_CALL,
      inTransaction: (work) => work(manager),
    });
    return summary.runId;
  });
  if (summary?.runId === runId) return resultOf(summary);
  // A retry with the same idempotency key: the first call's stored result.
  const run = await findImportRun(scope.db instanceof DataSource ? scope.db.manager : scope.db, runId);
  if (!run?.problems) throw new Error(`import run ${runId} has no stored result`);
  return {
    importId: run.id,
    created: run.created,
    merged: run.merged,
    unchanged: run.unchanged,
    skipped: run.skipped,
    rejected: run.problems.rejected,
    skippedRows: run.problems.skipped,
  };
}
