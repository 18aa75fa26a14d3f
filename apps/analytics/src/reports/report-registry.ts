import type { ReportName } from '../generated/resolvers-types';
import {
  churnReportTable,
  customerCompositionTable,
  customerContributionTable,
  serviceReportTable,
} from './customer/customer-report-tables';
import type { ReportDefinition } from './report-definition';

/** Every exportable report by its `ReportName`: add a report, add one line. */
export const REPORT_REGISTRY: Record<ReportName, ReportDefinition> = {
  CUSTOMER_CONTRIBUTION: customerContributionTable,
  CUSTOMER_COMPOSITION: customerCompositionTable,
  SERVICE: serviceReportTable,
  CHURN: churnReportTable,
};

export function isReportName(name: string): name is ReportName {
  return Object.hasOwn(REPORT_REGISTRY, name);
}
