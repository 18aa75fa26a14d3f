import type PgBoss from 'pg-boss';
import { escapeIdentifier } from 'pg';

/** How one job's queue stands now. */
export interface QueueState {
  queue: string;
  /** Runs waiting to run: created, or failed and waiting to retry. */
  waiting: number;
  /** Runs that failed for good, kept until pg-boss' maintenance archives them. */
  failed: number;
}

/**
 * One query over pg-boss' job table for every queue (its `job_state` enum is ordered created <
 * retry < active < completed < cancelled < failed; getQueueSize counts only the first part).
 */
export async function readQueueStates(boss: PgBoss, schema: string, queues: string[]): Promise<QueueState[]> {
  const { rows } = await boss.getDb().executeSql(
    `SELECT name, count(*) FILTER (WHERE state < 'active')::int AS waiting,
            count(*) FILTER (WHERE state = 'failed')::int AS failed
       FROM ${escapeIdentifier(schema)}.job WHERE name = ANY($1) GROUP BY name`,
    [queues],
  );
  const byQueue = new Map(
    (rows as { name: string; waiting: number; failed: number }[]).map((row) => [row.name, row]),
  );
  return queues.map((queue) => ({
    queue,
    waiting: byQueue.get(queue)?.waiting ?? 0,
    failed: byQueue.get(queue)?.failed ?? 0,
  }));
}
