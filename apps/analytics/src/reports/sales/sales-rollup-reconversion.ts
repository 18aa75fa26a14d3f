import type { EntityManager } from 'typeorm';
import { repricedCurrencies, type RateChange } from '../../domain/repriced-currencies';
import { reportingCurrencyOf } from './sales-report-scope';

type Manager = Pick<EntityManager, 'query'>;

/**
 * New rates re-price the won deals in the currencies they convert (from each rate's effective day
 * on), and the closed-deal roll-ups are refilled from the earliest month they change, through the
 * migration's SQL functions (1764000008810). Open deals keep their own currency in the roll-ups.
 */
export async function reconvertSalesForRates(manager: Manager, rates: readonly RateChange[]): Promise<void> {
  const repriced = repricedCurrencies(rates, await reportingCurrencyOf(manager));
  if (repriced.size === 0) return;
  for (const [currency, since] of repriced)
    await manager.query('SELECT convert_won_deals($1, $2::date)', [currency, since]);
  const earliest = [...repriced.values()].sort()[0];
  await manager.query('SELECT refill_sales_closed_months($1::date)', [earliest]);
}

/** A new reporting currency re-prices every won deal and refills every month of the closed-deal roll-ups. */
export async function reconvertSalesForReportingCurrency(manager: Manager): Promise<void> {
  await manager.query('SELECT convert_won_deals(NULL, NULL)');
  await manager.query(`SELECT refill_sales_closed_months('-infinity')`);
}
