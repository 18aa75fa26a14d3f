import type { EventDefinition } from '../event-definition';
import { REPORTING_SETTINGS_ID } from './exchange-rate-set.event';
import { CURRENCY, DATE_TIME, UUID } from './schema-fragments';

export interface ReportingCurrencyChangedPayload {
  settingsId: string;
  currency: string;
  previousCurrency: string;
  changedBy: string;
  changedAt: string;
}

export const reportingCurrencyChanged: EventDefinition<
  'crm.analytics.reporting_settings.currency_changed',
  ReportingCurrencyChangedPayload
> = {
  type: 'crm.analytics.reporting_settings.currency_changed',
  service: 'analytics',
  aggregate: 'reporting_settings',
  version: 1,
  description: 'An admin changed the currency every report converts into.',
  aggregateIdField: 'settingsId',
  schema: {
    type: 'object',
    additionalProperties: false,
    required: ['settingsId', 'currency', 'previousCurrency', 'changedBy', 'changedAt'],
    properties: {
      settingsId: UUID,
      currency: CURRENCY,
      previousCurrency: CURRENCY,
      changedBy: { type: 'string' },
      changedAt: DATE_TIME,
    },
  },
  example: {
    settingsId: REPORTING_SETTINGS_ID,
    currency: 'USD',
    previousCurrency: 'EUR',
    changedBy: '01950c80-0000-7000-8000-00000000ad11',
    changedAt: '2026-01-01T08:00:00.000Z',
  },
};
