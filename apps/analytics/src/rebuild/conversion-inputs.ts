import { escapeIdentifier as id, type Client } from 'pg';
import type { DataSource } from 'typeorm';
import { reconvertReportsForReportingCurrency } from '../changes/report-reconversion';
import { carryOver } from './schema-swap';

/**
 * Kept tables that event handlers read: won deals and revenue are converted into the reporting
 * currency as they arrive, so the replay needs the live rates and setting from its start.
 */
const CONVERSION_INPUTS = ['exchange_rates', 'reporting_settings'];

/** Before the replay: the fresh schema converts with the live rates. */
export async function copyConversionInputs(admin: Client, live: string, fresh: string): Promise<void> {
  await admin.query('BEGIN');
  try {
    for (const table of CONVERSION_INPUTS) await carryOver(admin, live, fresh, table);
    await admin.query('COMMIT');
  } catch (error) {
    await admin.query('ROLLBACK');
    throw error;
  }
}

async function differs(admin: Client, live: string, fresh: string, table: string): Promise<boolean> {
  const [a, b] = [`${id(live)}.${id(table)}`, `${id(fresh)}.${id(table)}`];
  const { rows } = await admin.query(
    `SELECT 1 FROM ((TABLE ${a} EXCEPT ALL TABLE ${b}) UNION ALL (TABLE ${b} EXCEPT ALL TABLE ${a})) AS changed LIMIT 1`,
  );
  return rows.length > 0;
}

/** Before the swap: rates an admin set during the replay are copied and the reports' money converted again. */
export async function catchUpConversionInputs(
  admin: Client,
  live: string,
  fresh: string,
  dataSource: DataSource,
): Promise<void> {
  let changed = false;
  for (const table of CONVERSION_INPUTS) changed = changed || (await differs(admin, live, fresh, table));
  if (!changed) return;
  await copyConversionInputs(admin, live, fresh);
  await dataSource.transaction((manager) => reconvertReportsForReportingCurrency(manager));
}
