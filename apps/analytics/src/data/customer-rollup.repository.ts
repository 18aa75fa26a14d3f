import type { EntityManager } from 'typeorm';
import { CUSTOMER_ROLLUPS, type CustomerRollup } from './customer-rollups';

type ContributionRow = Record<string, string | number | null>;

/** Every rollup's rows made afresh from the facts (the migration, a bench that loads facts in bulk). */
export function refillCustomerRollupsSql(rollups: CustomerRollup[] = CUSTOMER_ROLLUPS): string[] {
  return rollups.flatMap((rollup) => {
    const columns = [...Object.keys(rollup.keys), ...rollup.measures].join(', ');
    return [
      `TRUNCATE ${rollup.table}`,
      `INSERT INTO ${rollup.table} (${columns}) SELECT ${columns} FROM (${rollup.contributionSql('true')}) AS contribution`,
    ];
  });
}

/** One customer's changes wait for another's on the same customers, so before and after are both theirs alone. */
async function lockCustomers(manager: EntityManager, customerIds: string[]): Promise<void> {
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
  const keys = Object.keys(rollup.keys).map((key) => `${key}::text AS ${key}`);
  return manager.query(
    `SELECT ${keys.join(', ')}, ${rollup.measures.map((measure) => `${measure}::int`).join(', ')}
     FROM (${rollup.contributionSql('c.customer_id = ANY($1::uuid[])')}) AS contribution`,
    [customerIds],
  );
}

/** after − before per key; keys whose every measure is unchanged are left out. */
function differenceOf(rollup: CustomerRollup, before: ContributionRow[], after: ContributionRow[]) {
  const keyOf = (row: ContributionRow) => JSON.stringify(Object.keys(rollup.keys).map((key) => row[key]));
  const deltas = new Map<string, ContributionRow>();
  const add = (row: ContributionRow, sign: number) => {
    const delta = deltas.get(keyOf(row)) ?? {
      ...Object.fromEntries(Object.keys(rollup.keys).map((key) => [key, row[key]])),
      ...Object.fromEntries(rollup.measures.map((measure) => [measure, 0])),
    };
    for (const measure of rollup.measures) delta[measure] = Number(delta[measure]) + sign * Number(row[measure]);
    deltas.set(keyOf(row), delta);
  };
  before.forEach((row) => add(row, -1));
  after.forEach((row) => add(row, 1));
  return [...deltas.entries()]
    .filter(([, delta]) => rollup.measures.some((measure) => delta[measure] !== 0))
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([, delta]) => delta);
}

/** Adds the deltas in their sorted order (concurrent writers lock rows in one order) and drops rows left at zero. */
async function applyDeltas(manager: EntityManager, rollup: CustomerRollup, deltas: ContributionRow[]) {
  if (deltas.length === 0) return;
  const keys = Object.keys(rollup.keys);
  const recordType = [...keys.map((key) => `${key} ${rollup.keys[key]}`), ...rollup.measures.map((m) => `${m} int`)];
  const delta = `jsonb_to_recordset($1::jsonb) AS d(${recordType.join(', ')})`;
  const moved: { row_id: string; zero: boolean }[] = await manager.query(
    `INSERT INTO ${rollup.table} AS t (${[...keys, ...rollup.measures].join(', ')})
     SELECT ${[...keys, ...rollup.measures].join(', ')} FROM ${delta}
     ON CONFLICT ON CONSTRAINT ${rollup.table}_key
     DO UPDATE SET ${rollup.measures.map((m) => `${m} = t.${m} + EXCLUDED.${m}`).join(', ')}
     RETURNING t.ctid::text AS row_id, ${rollup.measures.map((m) => `t.${m} = 0`).join(' AND ')} AS zero`,
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
 * order, and a change that moves nothing (a redelivery) writes nothing.
 */
export async function withCustomerRollups<T>(
  manager: EntityManager,
  customerIds: string[],
  change: () => Promise<T>,
): Promise<T> {
  await lockCustomers(manager, customerIds);
  const before: ContributionRow[][] = [];
  for (const rollup of CUSTOMER_ROLLUPS) before.push(await contributionsOf(manager, rollup, customerIds));
  const result = await change();
  for (const [index, rollup] of CUSTOMER_ROLLUPS.entries()) {
    const after = await contributionsOf(manager, rollup, customerIds);
    await applyDeltas(manager, rollup, differenceOf(rollup, before[index], after));
  }
  return result;
}
