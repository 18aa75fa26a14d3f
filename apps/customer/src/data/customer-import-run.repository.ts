import type { EntityManager } from 'typeorm';
import type { ImportRowProblem } from '../domain/customer-import-row';
import type { DuplicatePolicy } from '../import/import-options';

export interface CustomerImportRun {
  id: string;
  actorId: string;
  origin: 'CSV' | 'GRAPHQL';
  sourceName: string | null;
  onDuplicate: DuplicatePolicy;
  status: 'COMPLETED' | 'FAILED';
  created: number;
  skipped: number;
  merged: number;
  /** Duplicates (MERGE) that filled no blank field: the customer already had it all. */
  unchanged: number;
  rejected: number;
  /** The rejected and skipped rows; kept for GraphQL runs (replayed by idempotency key), a CSV run has its report file. */
  problems: { rejected: ImportRowProblem[]; skipped: ImportRowProblem[] } | null;
  error: string | null;
  startedAt: Date;
  finishedAt: Date;
}

export async function insertImportRun(manager: EntityManager, run: CustomerImportRun): Promise<void> {
  await manager.query(
    `INSERT INTO customer_import_runs (id, actor_id, origin, source_name, on_duplicate, status, created, skipped,
       merged, unchanged, rejected, problems, error, started_at, finished_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)`,
    [
      run.id,
      run.actorId,
      run.origin,
      run.sourceName,
      run.onDuplicate,
      run.status,
      run.created,
      run.skipped,
      run.merged,
      run.unchanged,
      run.rejected,
      run.problems === null ? null : JSON.stringify(run.problems),
      run.error,
      run.startedAt,
      run.finishedAt,
    ],
  );
}

export async function findImportRun(manager: EntityManager, id: string): Promise<CustomerImportRun | null> {
  const [row] = await manager.query(
    `SELECT id, actor_id AS "actorId", origin, source_name AS "sourceName", on_duplicate AS "onDuplicate", status,
            created, skipped, merged, unchanged, rejected, problems, error, started_at AS "startedAt", finished_at AS "finishedAt"
       FROM customer_import_runs WHERE id = $1`,
    [id],
  );
  return (row as CustomerImportRun | undefined) ?? null;
}
