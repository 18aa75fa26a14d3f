import type { EntityManager } from 'typeorm';
import { CHURN_ROLLUPS, COMPOSITION_MONTHS } from './customer-rollups';
import { SERVICE_ROLLUPS } from './service-rollups';
import {
  REVENUE_DAY_TOTALS,
  REVENUE_OWNER_MONTHS,
  REVENUE_PERIOD_BANDS,
  REVENUE_PRODUCT_MONTHS,
} from './revenue-rollups';

/** A counter table whose rows are kept per shard (migration 1764000008840): keys, then the summed measures. */
export interface ShardedRollup {
  table: string;
  keys: string[];
  measures: string[];
}

const SALES_ROLLUPS: ShardedRollup[] = [
  { table: 'sales_created_months', keys: ['month', 'owner_id', 'furthest_stage'], measures: ['deals'] },
  {
    table: 'sales_closed_months',
    keys: ['month', 'owner_id', 'source'],
    measures: ['won', 'lost', 'won_amount', 'cycle_seconds'],
  },
  {
    table: 'sales_open_months',
    keys: ['month', 'owner_id', 'currency', 'probability'],
    measures: ['deals', 'amount'],
  },
  { table: 'sales_open_owner_totals', keys: ['owner_id'], measures: ['deals'] },
];

/** Every sharded roll-up. Each customer's revenue per period stays one row: its ranking reads single rows. */
export const SHARDED_ROLLUPS: ShardedRollup[] = [
  ...SALES_ROLLUPS,
  ...[
    ...CHURN_ROLLUPS,
    COMPOSITION_MONTHS,
    REVENUE_OWNER_MONTHS,
    REVENUE_DAY_TOTALS,
    REVENUE_PRODUCT_MONTHS,
    REVENUE_PERIOD_BANDS,
    ...SERVICE_ROLLUPS,
  ].map((rollup) => ({
    table: rollup.table,
    keys: Object.keys(rollup.keys),
    measures: Object.keys(rollup.measures),
  })),
];

export const isShardedRollup = (table: string): boolean =>
  SHARDED_ROLLUPS.some((rollup) => rollup.table === table);

/**
 * Moves the rows of every lane's shard into shard 0, adding them up per key, and returns each row
 * it wrote with whether it is left at zero (a count back at zero is no row, as in a table made in
 * one pass: the caller deletes those).
 */
export function foldShardsSql({ table, keys, measures }: ShardedRollup): string {
  const columns = [...keys, ...measures].join(', ');
  return `
    WITH moved AS (DELETE FROM ${table} WHERE shard <> 0 RETURNING ${columns})
    INSERT INTO ${table} AS r (${columns}, shard)
    SELECT ${keys.join(', ')}, ${measures.map((m) => `sum(${m})`).join(', ')}, 0 FROM moved GROUP BY ${keys.join(', ')}
    ON CONFLICT ON CONSTRAINT ${table}_key DO UPDATE SET ${measures.map((m) => `${m} = r.${m} + EXCLUDED.${m}`).join(', ')}
    RETURNING r.ctid::text AS row_id, ${measures.map((m) => `r.${m} = 0`).join(' AND ')} AS zero`;
}

// Any fixed number: one fold at a time across replicas.
const FOLD_LOCK = 8840;

/**
 * Folds every sharded roll-up (the job, and before comparing read models). Shards hold at most a
 * row per key and lane, so a fold moves few rows however many events came in; reports read the
 * same sums before and after it. Returns how many keys it folded, or null when another replica
 * was folding.
 */
export async function foldRollupShards(manager: EntityManager): Promise<number | null> {
  const [{ locked }]: { locked: boolean }[] = await manager.query(
    'SELECT pg_try_advisory_xact_lock($1) AS locked',
    [FOLD_LOCK],
  );
  if (!locked) return null;
  let moved = 0;
  for (const rollup of SHARDED_ROLLUPS) {
    const rows: { row_id: string; zero: boolean }[] = await manager.query(foldShardsSql(rollup));
    moved += rows.length;
    const zeros = rows.filter((row) => row.zero).map((row) => row.row_id);
    // The upserted rows' ctids stay put until the transaction ends: it holds their locks.
    if (zeros.length > 0)
      await manager.query(`DELETE FROM ${rollup.table} WHERE ctid = ANY($1::tid[])`, [zeros]);
  }
  return moved;
}
