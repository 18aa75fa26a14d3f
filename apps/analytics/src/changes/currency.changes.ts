import { REPORTING_SETTINGS_ID } from '@crm/events';
import { runChange, type ChangeScope } from '@crm/subgraph-kit';
import {
  lockExchangeRates,
  upsertExchangeRates,
  type ExchangeRateRow,
} from '../data/exchange-rate.repository';
import type { ExchangeRateInput } from '../domain/exchange-rate-input';
import { exchangeRateSet, reportingCurrencyChanged } from '../events/exchange-rate-set.event';
import { reconvertReportsForRates, reconvertReportsForReportingCurrency } from './report-reconversion';

const REPORTING_SETTINGS = 'ReportingSettings';

/** How the audit trail names a rate: its pair and effective date, e.g. `NOK/EUR@2026-01-31`. */
const rateField = (rate: ExchangeRateInput) => `${rate.currency}/${rate.quoteCurrency}@${rate.effectiveOn}`;
const ratesByField = (rates: ExchangeRateInput[]) =>
  Object.fromEntries(rates.map((rate) => [rateField(rate), rate.rate]));

/**
 * Writes rates in one transaction, each with its event: a CSV import lands whole or not at all,
 * and is one audit entry (on the reporting settings) with each rate before and after.
 */
export function setExchangeRates(
  scope: ChangeScope,
  action: 'setExchangeRate' | 'importExchangeRates',
  rates: ExchangeRateInput[],
): Promise<ExchangeRateRow[]> {
  return runChange(scope, async (change) => {
    const before = await lockExchangeRates(change.manager, rates);
    const rows = await upsertExchangeRates(change.manager, rates, change.caller.userId, new Date());
    for (const row of rows) change.publish(exchangeRateSet(row, change.origin));
    await reconvertReportsForRates(change.manager, rates);
    change.audit({
      action,
      entityType: REPORTING_SETTINGS,
      entityId: REPORTING_SETTINGS_ID,
      before: ratesByField(before),
      after: ratesByField(rows),
    });
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
    if (before.currency !== currency) {
      await reconvertReportsForReportingCurrency(change.manager);
      const changedAt = new Date();
      change.publish(
        reportingCurrencyChanged(
          { currency, previousCurrency: before.currency, changedBy: change.caller.userId, changedAt },
          change.origin,
        ),
      );
      change.audit({
        action: 'setReportingCurrency',
        entityType: REPORTING_SETTINGS,
        entityId: REPORTING_SETTINGS_ID,
        before: { reportingCurrency: before.currency },
        after: { reportingCurrency: currency },
      });
    }
    return currency;
  });
}
