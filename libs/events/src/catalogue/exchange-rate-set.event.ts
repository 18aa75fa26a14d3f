import type { EventDefinition } from '../event-definition';
import { CURRENCY, DATE_TIME, UUID } from './schema-fragments';

/** The one id of the reporting settings: every rate and the reporting currency are keyed by it, so they stay in order. */
export const REPORTING_SETTINGS_ID = '00000000-0000-7000-8000-000000000001';

export interface ExchangeRateSetPayload {
  settingsId: string;
  currency: string;
  quoteCurrency: string;
  effectiveOn: string;
  /** Exact decimal > 0: one unit of currency in quoteCurrency. */
  rate: string;
  recordedBy: string;
  recordedAt: string;
}

export const exchangeRateSet: EventDefinition<
  'crm.analytics.reporting_settings.exchange_rate_set',
  ExchangeRateSetPayload
> = {
  type: 'crm.analytics.reporting_settings.exchange_rate_set',
  service: 'analytics',
  aggregate: 'reporting_settings',
  version: 1,
  description:
    'An admin set (or replaced) the exchange rate of a currency pair from a date on, by hand or by CSV import; reports convert with it.',
  aggregateIdField: 'settingsId',
  schema: {
    type: 'object',
    additionalProperties: false,
    required: ['settingsId', 'currency', 'quoteCurrency', 'effectiveOn', 'rate', 'recordedBy', 'recordedAt'],
    properties: {
      settingsId: UUID,
      currency: CURRENCY,
      quoteCurrency: CURRENCY,
      effectiveOn: { type: 'string', format: 'date' },
      rate: { type: 'string', pattern: '^\\d{1,14}(\\.\\d{1,10})?$', description: 'Exact decimal > 0.' },
      recordedBy: { type: 'string' },
      recordedAt: DATE_TIME,
    },
  },
  example: {
    settingsId: REPORTING_SETTINGS_ID,
    currency: 'USD',
    quoteCurrency: 'EUR',
    effectiveOn: '2026-01-01',
    rate: '0.9185',
    recordedBy: '01950c80-0000-7000-8000-00000000ad11',
    recordedAt: '2026-01-01T08:00:00.000Z',
  },
};
