import Decimal from 'decimal.js';
import type { EntityManager } from 'typeorm';
import { CUSTOMER_ROLLUPS, type CustomerRollup } from './customer-rollups';
import { isShardedRollup } from './rollup-shards';
import { REVENUE_CONVERSION_LOCK, reconvertRevenueSql } from './revenue-conversion.repository';

type ContributionRow = Record<string, string | number | null>;

/** Every rollup's rows made afresh from the facts (the migration, and facts loaded in bulk). */
export function refillCustomerRollupsSql(rollups: CustomerRollup[] = CUSTOMER_ROLLUPS): string[] {
  return rollups.flatMap((rollup) => {
    const columns = [...Object.keys(rollup.keys), ...Object.keys(rollup.measures)].join(', ');
    return [
      `TRUNCATE ${rollup.table}`,
      `INSERT INTO ${rollup.table} (${columns}) SELECT ${columns} FROM (${rollup.contributionSql('true')}) AS contribution`,
    ];
  });
}

/**
 * Facts loaded in bulk, not through the event handlers (the bench): their revenue converted and
 * every roll-up made from them, analysed for the planner.
 */
export async function refillCustomerReportRollups(manager: EntityManager): Promise<void> {
  await manager.query(reconvertRevenueSql('true'));
  for (const sql of refillCustomerRollupsSql()) await manager.query(sql);
  for (const rollup of CUSTOMER_ROLLUPS) await manager.query(`ANALYZE ${rollup.table}`);
}

/**
 * One customer's changes wait for another's on the same customers, so before and after are both
 * theirs alone; and none runs while revenue is converted again (its values would move in between).
 */
async function lockCustomers(manager: EntityManager, customerIds: string[]): Promise<void> {
  await manager.query(`SELECT pg_advisory_xact_lock_shared(${REVENUE_CONVERSION_LOCK})`);
  await manager.query(
    `SELECT pg_advisory_xact_lock(8820, hashtext(id)) FROM (SELECT DISTINCT id FROM unnest($1::text[]) AS id ORDER BY id) AS ids`,
    [customerIds],
  );
}

async function contributionsOf(
  manager: EntityManager,
  rollup: CustomerRollup,
  customerIds: string[],
): Promise<ContributionRow[]> {
  // Text compares keys exactly; a numeric key loses its trailing zeros so equal values match.
  const keys = Object.entries(rollup.keys).map(([key, type]) =>
    type === 'numeric' ? `trim_scale(${key})::text AS ${key}` : `${key}::text AS ${key}`,
  );
  return manager.query(
    `SELECT ${keys.join(', ')}, ${Object.keys(rollup.measures)
      .map((measure) => `${measure}::text`)
      .join(', ')}
     FROM (${rollup.contributionSql('c.customer_id = ANY($1::uuid[])')}) AS contribution`,
    [customerIds],
  );
}

/** after − before per key, exactly; keys whose every measure is unchanged are left out. */
function differenceOf(rollup: CustomerRollup, before: ContributionRow[], after: ContributionRow[]) {
  const keys = Object.keys(rollup.keys);
  const measures = Object.keys(rollup.measures);
  const keyOf = (row: ContributionRow) => JSON.stringify(keys.map((key) => row[key]));
  const deltas = new Map<string, { keys: ContributionRow; measures: Record<string, Decimal> }>();
  const add = (row: ContributionRow, sign: number) => {
    const delta = deltas.get(keyOf(row)) ?? {
      keys: Object.fromEntries(keys.map((key) => [key, row[key]])),
      measures: Object.fromEntries(measures.map((measure) => [measure, new Decimal(0)])),
    };
    for (const measure of measures)
      delta.measures[measure] = delta.measures[measure].plus(new Decimal(row[measure] ?? 0).times(sign));
    deltas.set(keyOf(row), delta);
  };
  before.forEach((row) => add(row, -1));
  after.forEach((row) => add(row, 1));
  return [...deltas.entries()]
    .filter(([, delta]) => measures.some((measure) => !delta.measures[measure].isZero()))
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([, delta]) => ({
      ...delta.keys,
      ...Object.fromEntries(measures.map((measure) => [measure, delta.measures[measure].toString()])),
    }));
}

/**
 * Adds the deltas in their sorted order (concurrent writers lock rows in one order) and drops rows
 * left at zero, but for a consumer lane's shard rows: the fold drops those (data/rollup-shards.ts).
 */
async function applyDeltas(manager: EntityManager, rollup: CustomerRollup, deltas: ContributionRow[]) {
  if (deltas.length === 0) return;
  const keys = Object.keys(rollup.keys);
  const measures = Object.keys(rollup.measures);
  const recordType = [
    ...keys.map((key) => `${key} ${rollup.keys[key]}`),
    ...measures.map((measure) => `${measure} ${rollup.measures[measure]}`),
  ];
  const delta = `jsonb_to_recordset($1::jsonb) AS d(${recordType.join(', ')})`;
  const zero = [
    ...(isShardedRollup(rollup.table) ? ['t.shard = 0'] : []),
    ...measures.map((m) => `t.${m} = 0`),
  ].join(' AND ');
  const moved: { row_id: string; zero: boolean }[] = await manager.query(
    `INSERT INTO ${rollup.table} AS t (${[...keys, ...measures].join(', ')})
     SELECT ${[...keys, ...measures].join(', ')} FROM ${delta}
     ON CONFLICT ON CONSTRAINT ${rollup.table}_key
     DO UPDATE SET ${measures.map((m) => `${m} = t.${m} + EXCLUDED.${m}`).join(', ')}
     RETURNING t.ctid::text AS row_id, ${zero} AS zero`,
    [JSON.stringify(deltas)],
  );
  const zeros = moved.filter((row) => row.zero).map((row) => row.row_id);
  if (zeros.length > 0) {
    // A count back at zero is no row at all, as in a table made in one pass (the rebuild compares them).
    await manager.query(`DELETE FROM ${rollup.table} WHERE ctid = ANY($1::tid[])`, [zeros]);
  }
}

/**
 * Runs `change` on the facts of `customerIds` and moves every rollup by what those customers add
 * after it minus what they added before: the rollups stay the sum over all customers in any event
 * order, and a change that moves nothing (a redelivery) writes nothing. A change that can move only
 * some rollups (a ticket's facts) names them.
 */
export async function withCustomerRollups<T>(
  manager: EntityManager,
  customerIds: string[],
  change: () => Promise<T>,
  rollups: CustomerRollup[] = CUSTOMER_ROLLUPS,
): Promise<T> {
  await lockCustomers(manager, customerIds);
  const before: ContributionRow[][] = [];
  for (const rollup of rollups) before.push(await contributionsOf(manager, rollup, customerIds));
  const result = await change();
  for (const [index, rollup] of rollups.entries()) {
    const after = await contributionsOf(manager, rollup, customerIds);
    await applyDeltas(manager, rollup, differenceOf(rollup, before[index], after));
  }
  return result;
}
