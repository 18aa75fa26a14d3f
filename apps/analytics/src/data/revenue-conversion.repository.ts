import type { EntityManager } from 'typeorm';
import { REVENUE_ROLLUPS } from './revenue-rollups';

/** Held exclusively while revenue is converted again, shared by every roll-up change (customer-rollup.repository.ts). */
export const REVENUE_CONVERSION_LOCK = 8821;

/**
 * Sets the reporting-currency value of the revenue days `condition` (on report_revenue_days `r`)
 * names: the amount at its day's rate, rounded as convert_amount rounds, null without a rate. Each
 * day and currency's rate is looked up once. Returns the first day whose value moved (null if none).
 */
export const reconvertRevenueSql = (condition: string) => `
  WITH rates AS MATERIALIZED (
    SELECT placed_on, currency,
           exchange_rate(currency::text, (SELECT reporting_currency::text FROM reporting_settings), placed_on) AS rate
    FROM report_revenue_days r WHERE ${condition} GROUP BY placed_on, currency
  ), converted AS (
    UPDATE report_revenue_days r SET value = round(r.amount * x.rate, 4)
    FROM rates x WHERE x.placed_on = r.placed_on AND x.currency = r.currency AND ${condition}
      AND r.value IS DISTINCT FROM round(r.amount * x.rate, 4)
    RETURNING r.placed_on
  )
  SELECT min(placed_on)::text AS first_day FROM converted`;

/** The value a revenue day's row gets as orders add to it (the same rounding as reconvertRevenueSql). */
export const revenueValueSql = (amount: string, currency: string, placedOn: string) =>
  `round(${amount} * exchange_rate(${currency}::text, (SELECT reporting_currency::text FROM reporting_settings), ${placedOn}), 4)`;

/** The key each revenue roll-up dates its rows by. */
const DATE_KEYS = ['month', 'day', 'period_start'];

/**
 * After rates or the reporting currency changed: converts again the days of `currencies` (all when
 * null) from `since` on, and makes the revenue roll-ups again from the year of the first day whose
 * value moved (their calendar periods start there at the earliest). Seconds at a million customers; an admin's
 * rate import waits for it, the reports then answer as fast as before.
 */
export async function reconvertRevenue(
  manager: EntityManager,
  change: { currencies: string[] | null; since: string | null },
): Promise<void> {
  await manager.query(`SELECT pg_advisory_xact_lock(${REVENUE_CONVERSION_LOCK})`);
  const [{ first_day: firstDay }]: { first_day: string | null }[] = await manager.query(
    reconvertRevenueSql(`r.placed_on >= $1::date AND ($2::text[] IS NULL OR r.currency = ANY($2::text[]))`),
    [change.since ?? '-infinity', change.currencies],
  );
  if (firstDay === null) return;
  const firstYear = `${firstDay.slice(0, 4)}-01-01`;
  for (const rollup of REVENUE_ROLLUPS) {
    const start = DATE_KEYS.find((key) => key in rollup.keys);
    const columns = [...Object.keys(rollup.keys), ...Object.keys(rollup.measures)].join(', ');
    await manager.query(`DELETE FROM ${rollup.table} WHERE ${start} >= $1::date`, [firstYear]);
    await manager.query(
      `INSERT INTO ${rollup.table} (${columns}) SELECT ${columns}
       FROM (${rollup.contributionSql('r.placed_on >= $1::date')}) AS contribution`,
      [firstYear],
    );
  }
}
