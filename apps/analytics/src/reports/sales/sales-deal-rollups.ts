import type { EntityManager } from 'typeorm';

type Manager = Pick<EntityManager, 'query'>;

/**
 * What one sales_deals row ($1) adds to each roll-up, times $2 (+1 to count it, -1 to withdraw it),
 * returning the roll-up row and whether it is now empty (a refill has no empty rows). A consumer
 * lane's shard row left at zero stays until the fold (migration 1764000008840) drops it: deleting it
 * would cost a statement per change, and reports skip sums of zero. Each matches the grouping of
 * refill_sales_rollups (migration 1764000008810), so counting deal by deal in any order ends on the
 * rows a refill makes.
 */
const ROLLUPS: { table: string; add: string }[] = [
  {
    table: 'sales_created_months',
    add: `INSERT INTO sales_created_months (owner_id, month, furthest_stage, deals)
          SELECT owner_id, date_trunc('month', created_on)::date, furthest_stage, $2::int FROM sales_deals WHERE opportunity_id = $1
          ON CONFLICT ON CONSTRAINT sales_created_months_key DO UPDATE SET deals = sales_created_months.deals + EXCLUDED.deals
          RETURNING ctid::text AS row, shard = 0 AND deals = 0 AS empty`,
  },
  {
    table: 'sales_closed_months',
    add: `INSERT INTO sales_closed_months (owner_id, month, source, won, lost, won_amount, cycle_seconds)
          SELECT d.owner_id, date_trunc('month', d.closed_on)::date, s.source,
                 $2::int * (d.outcome = 'WON')::int, $2::int * (d.outcome = 'LOST')::int,
                 $2::int * CASE WHEN d.outcome = 'WON' THEN coalesce(d.won_converted, 0) ELSE 0 END,
                 $2::int * CASE WHEN d.outcome = 'WON' THEN extract(epoch FROM d.closed_at - d.created_at) ELSE 0 END
          FROM sales_deals d LEFT JOIN sales_deal_sources s ON s.opportunity_id = d.opportunity_id
          WHERE d.opportunity_id = $1 AND d.outcome IS NOT NULL
          ON CONFLICT ON CONSTRAINT sales_closed_months_key DO UPDATE SET
            won = sales_closed_months.won + EXCLUDED.won, lost = sales_closed_months.lost + EXCLUDED.lost,
            won_amount = sales_closed_months.won_amount + EXCLUDED.won_amount,
            cycle_seconds = sales_closed_months.cycle_seconds + EXCLUDED.cycle_seconds
          RETURNING ctid::text AS row, shard = 0 AND won = 0 AND lost = 0 AS empty`,
  },
  {
    table: 'sales_open_months',
    add: `INSERT INTO sales_open_months (owner_id, month, currency, probability, deals, amount)
          SELECT owner_id, date_trunc('month', expected_close_date)::date, currency, probability, $2::int, $2::int * amount
          FROM sales_deals WHERE opportunity_id = $1 AND outcome IS NULL
          ON CONFLICT ON CONSTRAINT sales_open_months_key DO UPDATE SET
            deals = sales_open_months.deals + EXCLUDED.deals, amount = sales_open_months.amount + EXCLUDED.amount
          RETURNING ctid::text AS row, shard = 0 AND deals = 0 AS empty`,
  },
  {
    table: 'sales_open_owner_totals',
    add: `INSERT INTO sales_open_owner_totals (owner_id, deals)
          SELECT owner_id, $2::int FROM sales_deals WHERE opportunity_id = $1 AND outcome IS NULL
          ON CONFLICT ON CONSTRAINT sales_open_owner_totals_key DO UPDATE SET deals = sales_open_owner_totals.deals + EXCLUDED.deals
          RETURNING ctid::text AS row, shard = 0 AND deals = 0 AS empty`,
  },
];

/** Every roll-up's upsert in one statement (one round trip per change), with the rows each touched. */
const COUNT_IN_ALL_SQL = `
  WITH ${ROLLUPS.map((rollup, index) => `counted_${index} AS (${rollup.add})`).join(',\n  ')}
  ${ROLLUPS.map((rollup, index) => `SELECT '${rollup.table}' AS rollup, row, empty FROM counted_${index}`).join('\n  UNION ALL ')}`;

async function countIn(manager: Manager, opportunityId: string, sign: 1 | -1): Promise<void> {
  const touched: { rollup: string; row: string; empty: boolean }[] = await manager.query(COUNT_IN_ALL_SQL, [
    opportunityId,
    sign,
  ]);
  // The rows' ctids stay put until the transaction ends: it holds their locks since the upserts.
  for (const { rollup, row } of touched.filter((t) => t.empty))
    await manager.query(`DELETE FROM ${rollup} WHERE ctid = $1::tid`, [row]);
}

/** Takes the deal, as it is before a change, out of the sales roll-ups (nothing for an unknown deal). */
export function withdrawDealFromRollups(manager: Manager, opportunityId: string): Promise<void> {
  return countIn(manager, opportunityId, -1);
}

/**
 * The SQL of a deal's won amount in the reporting currency at its close date's rate, for the
 * statement that writes the deal (null unless won, or without a rate: reports list those).
 */
export const wonConvertedSql = (outcome: string, amount: string, currency: string, closedOn: string) =>
  `CASE WHEN ${outcome} = 'WON' THEN convert_amount(${amount}::numeric, ${currency}::text,
     (SELECT reporting_currency::text FROM reporting_settings), ${closedOn}) END`;

/** Counts the deal, as it is after a change (its won amount converted when it was written), in the sales roll-ups. */
export function addDealToRollups(manager: Manager, opportunityId: string): Promise<void> {
  return countIn(manager, opportunityId, 1);
}
