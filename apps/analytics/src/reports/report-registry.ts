import type { ReportName } from '../generated/resolvers-types';
import {
  churnReportTable,
  customerCompositionTable,
  customerContributionTable,
  serviceReportTable,
} from './customer/customer-report-tables';
import type { ReportDefinition } from './report-definition';
import { salesForecastReport } from './sales/forecast.report';
import { salesFunnelReport } from './sales/funnel.report';
import { largeDealAlertsReport } from './sales/large-deal-alerts.report';
import { pipelineVelocityReportDefinition } from './sales/pipeline-velocity.report';
import { quotaAttainmentReport } from './sales/quota-attainment.report';
import { salesCycleReport } from './sales/sales-cycle.report';
import { winRateReport } from './sales/win-rate.report';

/** Every exportable report by its `ReportName`: add a report, add one line. */
export const REPORT_REGISTRY: Record<ReportName, ReportDefinition> = {
  CUSTOMER_CONTRIBUTION: customerContributionTable,
  CUSTOMER_COMPOSITION: customerCompositionTable,
  SERVICE: serviceReportTable,
  CHURN: churnReportTable,
  SALES_FUNNEL: salesFunnelReport,
  WIN_RATE: winRateReport,
  SALES_CYCLE: salesCycleReport,
  PIPELINE_VELOCITY: pipelineVelocityReportDefinition,
  SALES_FORECAST: salesForecastReport,
  QUOTA_ATTAINMENT: quotaAttainmentReport,
  LARGE_DEAL_ALERTS: largeDealAlertsReport,
};

export function isReportName(name: string): name is ReportName {
  return Object.hasOwn(REPORT_REGISTRY, name);
}
