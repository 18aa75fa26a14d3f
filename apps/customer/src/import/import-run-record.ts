import type { DataSource, EntityManager } from 'typeorm';
import { runChange } from '@crm/subgraph-kit';
import { insertImportRun, type CustomerImportRun } from '../data/customer-import-run.repository';
import type { ImportRowProblem } from '../domain/customer-import-row';
import type { CustomerImportOptions, ImportFailedError } from './import-options';

type Totals = Pick<CustomerImportRun, 'created' | 'skipped' | 'merged' | 'unchanged' | 'rejected'>;

const byRow = (a: ImportRowProblem, b: ImportRowProblem) => a.row - b.row;

/**
 * One audit entry and one run record per import, not one per row (200 000 entries would drown the
 * trail); the customers' own events carry the run id as their correlation id.
 */
function recordRun(db: DataSource | EntityManager, options: CustomerImportOptions, run: CustomerImportRun) {
  return runChange({ ...options.scope, db }, async (change) => {
    await insertImportRun(change.manager, run);
    const { id, actorId, origin, sourceName, onDuplicate, status, created, skipped, merged, unchanged } = run;
    const { rejected, error } = run;
    change.audit({
      action: 'importCustomers',
      entityType: 'CustomerImport',
      entityId: id,
      before: null,
      after: {
        actorId,
        origin,
        sourceName,
        onDuplicate,
        status,
        created,
        skipped,
        merged,
        unchanged,
        rejected,
        error,
      },
    });
  });
}

const runOf = (options: CustomerImportOptions, id: string, startedAt: Date) => ({
  id,
  actorId: options.scope.caller.userId,
  origin: options.origin,
  sourceName: options.sourceName,
  onDuplicate: options.onDuplicate,
  startedAt,
  finishedAt: new Date(),
});

/** Written with the last batch. A GraphQL run keeps its problems, for a retry with the same key. */
export function recordCompletedImport(
  manager: EntityManager,
  options: CustomerImportOptions,
  run: {
    id: string;
    startedAt: Date;
    totals: Totals;
    rejectedRows: ImportRowProblem[];
    skippedRows: ImportRowProblem[];
  },
): Promise<void> {
  const problems =
    options.origin === 'GRAPHQL'
      ? { rejected: [...run.rejectedRows].sort(byRow), skipped: [...run.skippedRows].sort(byRow) }
      : null;
  return recordRun(manager, options, {
    ...runOf(options, run.id, run.startedAt),
    status: 'COMPLETED',
    ...run.totals,
    problems,
    error: null,
  });
}

/** A failed file import still leaves its run record and audit entry, in a change of their own. */
export function recordFailedImport(
  dataSource: DataSource,
  options: CustomerImportOptions,
  failure: ImportFailedError,
): Promise<void> {
  const { committed } = failure;
  return recordRun(dataSource, options, {
    ...runOf(options, committed.runId, committed.startedAt),
    status: 'FAILED',
    created: committed.created,
    skipped: committed.skipped,
    merged: committed.merged,
    unchanged: committed.unchanged,
    rejected: committed.rejected,
    problems: null,
    error: failure.message,
  });
}
