import type { EntityManager } from 'typeorm';

/** The nightly run's steps: score every customer, then rank the base against the new cuts. */
export type ScoreRunPhase = 'SCORING' | 'RANKING' | 'DONE';

/** Where the nightly run stands: one row, moved on in the transaction of each batch. */
export interface ScoreRunState {
  jobId: string;
  runAt: Date;
  phase: ScoreRunPhase;
  /** The last customer of the last batch committed in this phase. */
  afterCustomerId: string | null;
}

interface ScoreRunRow {
  job_id: string;
  run_at: Date;
  phase: ScoreRunPhase;
  after_customer_id: string | null;
}

const stateOf = (row: ScoreRunRow): ScoreRunState => ({
  jobId: row.job_id,
  runAt: row.run_at,
  phase: row.phase,
  afterCustomerId: row.after_customer_id,
});

/**
 * The run of `jobId` where it stopped, at the time it started with (a retry scores the whole base at
 * one instant); any other job id, or a finished run, starts afresh at `now`.
 */
export async function beginScoreRun(
  manager: EntityManager,
  jobId: string,
  now: Date,
): Promise<ScoreRunState> {
  const [row]: ScoreRunRow[] = await manager.query(
    `INSERT INTO customer_score_runs (job_id, run_at, phase) VALUES ($1, $2, 'SCORING')
     ON CONFLICT (id) DO UPDATE SET job_id = EXCLUDED.job_id, run_at = EXCLUDED.run_at, phase = 'SCORING',
       after_customer_id = NULL
     WHERE customer_score_runs.job_id <> EXCLUDED.job_id OR customer_score_runs.phase = 'DONE'
     RETURNING job_id, run_at, phase, after_customer_id`,
    [jobId, now],
  );
  return row ? stateOf(row) : (await lockScoreRun(manager))!;
}

/** The run's state, locked: batches of two runners of one job (a retry beside a slow run) take turns. */
export async function lockScoreRun(manager: EntityManager): Promise<ScoreRunState | null> {
  const [row]: ScoreRunRow[] = await manager.query(
    'SELECT job_id, run_at, phase, after_customer_id FROM customer_score_runs FOR UPDATE',
  );
  return row ? stateOf(row) : null;
}

export async function moveScoreRun(
  manager: EntityManager,
  phase: ScoreRunPhase,
  afterCustomerId: string | null,
): Promise<void> {
  await manager.query('UPDATE customer_score_runs SET phase = $1, after_customer_id = $2', [
    phase,
    afterCustomerId,
  ]);
}

/** The customers a run scores, in id order after `after`: all analytics knows but the merged and erased. */
export async function scorableCustomersAfter(
  manager: EntityManager,
  after: string | null,
  limit: number,
): Promise<string[]> {
  const rows: { customer_id: string }[] = await manager.query(
    `SELECT customer_id FROM customer_facts
     WHERE merged_into_id IS NULL AND erased_at IS NULL AND ($1::uuid IS NULL OR customer_id > $1)
     ORDER BY customer_id LIMIT $2`,
    [after, limit],
  );
  return rows.map((row) => row.customer_id);
}
