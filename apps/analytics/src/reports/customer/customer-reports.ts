import { churnReport } from './churn-report';
import { customerComposition } from './composition-report';
import { customerContribution } from './contribution-report';
import { serviceReport } from './service-report';

/** The customer reports by name, for the bench (scripts/bench/analytics-customer-reports.bench.ts). */
export const customerReports = {
  contribution: customerContribution,
  composition: customerComposition,
  service: serviceReport,
  churn: churnReport,
} as const;
