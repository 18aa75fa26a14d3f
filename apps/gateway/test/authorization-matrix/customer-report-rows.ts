import { ANALYTICS_READERS, type MatrixRow } from './matrix-row';

const PERIOD = { period: { from: '2026-01-01', to: '2026-03-31', granularity: 'MONTH' } };

/** The customer reports and their export (issue 14): every role with report:read, in its scope. */
export const CUSTOMER_REPORT_ROWS: readonly MatrixRow[] = [
  {
    operation: 'customerContribution',
    subgraph: 'analytics',
    document: `query ($period: ReportPeriod!) { customerContribution(period: $period) { total } }`,
    variables: () => PERIOD,
    resultPath: ['customerContribution'],
    allowed: ANALYTICS_READERS,
  },
  {
    operation: 'customerComposition',
    subgraph: 'analytics',
    document: `query ($period: ReportPeriod!) { customerComposition(period: $period) { customers } }`,
    variables: () => PERIOD,
    resultPath: ['customerComposition'],
    allowed: ANALYTICS_READERS,
  },
  {
    operation: 'serviceReport',
    subgraph: 'analytics',
    document: `query ($period: ReportPeriod!) { serviceReport(period: $period) { overall { tickets } } }`,
    variables: () => PERIOD,
    resultPath: ['serviceReport'],
    allowed: ANALYTICS_READERS,
  },
  {
    operation: 'churnReport',
    subgraph: 'analytics',
    document: `query ($period: ReportPeriod!) { churnReport(period: $period) { overall { lost } } }`,
    variables: () => PERIOD,
    resultPath: ['churnReport'],
    allowed: ANALYTICS_READERS,
  },
  {
    operation: 'exportReport',
    subgraph: 'analytics',
    document: `query ($period: ReportPeriod!) { exportReport(report: CHURN, period: $period) { url } }`,
    variables: () => PERIOD,
    resultPath: ['exportReport'],
    allowed: ANALYTICS_READERS,
  },
];
