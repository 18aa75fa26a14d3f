import { runChange, type ChangeScope } from '@crm/subgraph-kit';
import { upsertExchangeRates, type ExchangeRateRow } from '../data/exchange-rate.repository';
import type { ExchangeRateInput } from '../domain/exchange-rate-input';
import { exchangeRateSet, reportingCurrencyChanged } from '../events/exchange-rate-set.event';
import {
  reconvertSalesForRates,
  reconvertSalesForReportingCurrency,
} from '../reports/sales/sales-rollup-reconversion';

/** Writes rates in one transaction, each with its event: a CSV import lands whole or not at all. */
export function setExchangeRates(scope: ChangeScope, rates: ExchangeRateInput[]): Promise<ExchangeRateRow[]> {
  return runChange(scope, async (change) => {
    const rows = await upsertExchangeRates(change.manager, rates, change.caller.userId, new Date());
    await reconvertSalesForRates(change.manager, rows);
    for (const row of rows) change.publish(exchangeRateSet(row, change.origin));
    return rows;
  });
}

/** Changes the currency reports convert into. */
export function setReportingCurrency(scope: ChangeScope, currency: string): Promise<string> {
  return runChange(scope, async (change) => {
    const [before]: { currency: string }[] = await change.manager.query(
      'SELECT reporting_currency::text AS currency FROM reporting_settings FOR UPDATE',
    );
    await change.manager.query('UPDATE reporting_settings SET reporting_currency = $1', [currency]);
    if (before.currency === currency) return currency;
    await reconvertSalesForReportingCurrency(change.manager);
    change.publish(
      reportingCurrencyChanged(
        {
          currency,
          previousCurrency: before.currency,
          changedBy: change.caller.userId,
          changedAt: new Date(),
        },
        change.origin,
      ),
    );
    return currency;
  });
}
