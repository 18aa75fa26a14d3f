import { GraphQLLocalDate } from 'graphql-scalars';
import { guard } from '@crm/permissions';
import type { Resolvers } from '../generated/resolvers-types';
import { churnReport } from '../reports/customer/churn-report';
import { customerComposition } from '../reports/customer/composition-report';
import { customerContribution } from '../reports/customer/contribution-report';
import { serviceReport } from '../reports/customer/service-report';
import { reportQueryOf } from '../reports/report-query-of';

/** The customer reports: check the arguments, compute within the caller's scope. */
export const customerReportResolvers: Resolvers = {
  LocalDate: GraphQLLocalDate,
  Query: {
    customerContribution: guard('report:read', (_parent, { period, filter }, context) =>
      customerContribution(context.dataSource, reportQueryOf(context.caller, period, filter)),
    ),
    customerComposition: guard('report:read', (_parent, { period, filter }, context) =>
      customerComposition(context.dataSource, reportQueryOf(context.caller, period, filter)),
    ),
    serviceReport: guard('report:read', (_parent, { period, filter }, context) =>
      serviceReport(context.dataSource, reportQueryOf(context.caller, period, filter)),
    ),
    churnReport: guard('report:read', (_parent, { period, filter }, context) =>
      churnReport(context.dataSource, reportQueryOf(context.caller, period, filter)),
    ),
  },
};
