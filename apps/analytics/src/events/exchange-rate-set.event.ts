import { buildEvent, REPORTING_SETTINGS_ID, type EventOrigin } from '@crm/events';
import type { ExchangeRateRow } from '../data/exchange-rate.repository';

export function exchangeRateSet(rate: ExchangeRateRow, origin: EventOrigin) {
  return buildEvent('crm.analytics.reporting_settings.exchange_rate_set', {
    subject: REPORTING_SETTINGS_ID,
    ...origin,
    data: {
      settingsId: REPORTING_SETTINGS_ID,
      currency: rate.currency,
      quoteCurrency: rate.quoteCurrency,
      effectiveOn: rate.effectiveOn,
      rate: rate.rate,
      recordedBy: rate.recordedBy,
      recordedAt: new Date(rate.recordedAt).toISOString(),
    },
  });
}

export function reportingCurrencyChanged(
  change: { currency: string; previousCurrency: string; changedBy: string; changedAt: Date },
  origin: EventOrigin,
) {
  return buildEvent('crm.analytics.reporting_settings.currency_changed', {
    subject: REPORTING_SETTINGS_ID,
    ...origin,
    data: { settingsId: REPORTING_SETTINGS_ID, ...change, changedAt: change.changedAt.toISOString() },
  });
}
