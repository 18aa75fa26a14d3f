import type { Role } from '@crm/permissions';
import { EVERYONE, type MatrixRow } from './matrix-row';

/** report:read: everyone but support agents (scope narrows the figures, never denies a reader). */
const REPORT_READERS: readonly Role[] = EVERYONE.filter((role) => role !== 'SUPPORT_AGENT');
const CURRENCY_READERS: readonly Role[] = EVERYONE;
const PERIOD = { from: '2026-01-01', to: '2026-03-31', granularity: 'MONTH' };

const report = (operation: string, selection: string, args = ''): MatrixRow => ({
  operation,
  subgraph: 'analytics',
  document: `query ($period: ReportPeriod!) { ${operation}(period: $period${args}) ${selection} }`,
  variables: () => ({ period: PERIOD }),
  resultPath: [operation],
  allowed: REPORT_READERS,
});

/** The sales reports and multi-currency rows of the authorization matrix (issue 14). */
export const SALES_REPORT_ROWS: readonly MatrixRow[] = [
  report('salesFunnel', '{ stage reached }'),
  report('winRate', '{ total { won } }', ', by: OWNER'),
  report('salesCycle', '{ averageDays }'),
  report('pipelineVelocity', '{ currency }'),
  report('salesForecast', '{ currency }'),
  report('largeDealAlerts', '{ alerts { detectedAt } }'),
  {
    operation: 'teamQuotaAttainment',
    subgraph: 'analytics',
    document: `query ($teamId: ID!, $period: ReportPeriod!) { teamQuotaAttainment(teamId: $teamId, period: $period) { period } }`,
    variables: (own) => ({ teamId: own.teamId, period: PERIOD }),
    resultPath: ['teamQuotaAttainment'],
    allowed: REPORT_READERS,
  },
  {
    operation: 'User.quotaAttainment',
    subgraph: 'analytics',
    document: `query ($id: ID!, $period: ReportPeriod!) { user(id: $id) { id quotaAttainment(period: $period) { period } } }`,
    variables: (own) => ({ id: own.userId, period: PERIOD }),
    resultPath: ['user', 'quotaAttainment'],
    allowed: REPORT_READERS,
  },
  {
    operation: 'exchangeRates',
    subgraph: 'analytics',
    document: `{ exchangeRates(first: 5) { currency rate } }`,
    resultPath: ['exchangeRates'],
    allowed: CURRENCY_READERS,
  },
  {
    operation: 'reportingCurrency',
    subgraph: 'analytics',
    document: `{ reportingCurrency }`,
    resultPath: ['reportingCurrency'],
    allowed: CURRENCY_READERS,
  },
  {
    operation: 'setExchangeRate',
    subgraph: 'analytics',
    document: `mutation { setExchangeRate(input: { currency: "MNT", quoteCurrency: "EUR", effectiveOn: "1990-01-01", rate: "0.0003" }) { rate } }`,
    resultPath: ['setExchangeRate'],
    allowed: ['ADMIN'],
  },
  {
    operation: 'importExchangeRates',
    subgraph: 'analytics',
    document: `mutation { importExchangeRates(csv: "currency,quote_currency,effective_on,rate\\nMNT,EUR,1990-01-02,0.0003\\n") { imported } }`,
    resultPath: ['importExchangeRates'],
    allowed: ['ADMIN'],
  },
  {
    // EUR is the default: the row leaves the setting as other tests expect it.
    operation: 'setReportingCurrency',
    subgraph: 'analytics',
    document: `mutation { setReportingCurrency(currency: "EUR") }`,
    resultPath: ['setReportingCurrency'],
    allowed: ['ADMIN'],
  },
];
