import { formatAmount, isUuid } from '@crm/db';
import { badUserInput } from '@crm/errors';
import { guard, requireScope, visibleOwnerIds } from '@crm/permissions';
import type { AnalyticsContext } from '../analytics-context';
import type { Resolvers } from '../generated/resolvers-types';
import type { ReportGranularity, ReportQuery } from '../reports/report-definition';
import { salesForecast } from '../reports/sales/forecast.report';
import { salesFunnel } from '../reports/sales/funnel.report';
import { largeDealAlerts } from '../reports/sales/large-deal-alerts.report';
import { pipelineVelocityReport } from '../reports/sales/pipeline-velocity.report';
import { teamQuotaAttainment, userQuotaAttainment } from '../reports/sales/quota-attainment.report';
import { salesCycle } from '../reports/sales/sales-cycle.report';
import { winRates } from '../reports/sales/win-rate.report';

interface ReportArgs {
  period: { from: string; to: string; granularity?: ReportGranularity | null };
  filter?: ReportQuery['filter'] | null;
}

/** The report's question: period, filters, and the caller's `report:read` scope. */
function reportQuery({ period, filter }: ReportArgs, context: AnalyticsContext): ReportQuery {
  return {
    period: { from: String(period.from), to: String(period.to), granularity: period.granularity ?? 'MONTH' },
    filter: filter ?? {},
    caller: context.caller,
    scope: requireScope(context.caller, 'report:read'),
  };
}

const today = () => new Date().toISOString().slice(0, 10);
const money = (amount: string, currency: string) => ({ amount: formatAmount(amount, currency), currency });
const maybeMoney = (amount: string | null, currency: string) => ({
  amount: amount === null ? null : formatAmount(amount, currency),
  currency,
});

export const salesReportResolvers: Resolvers = {
  Query: {
    salesFunnel: guard('report:read', (_, args, context) =>
      salesFunnel(context.dataSource, reportQuery(args, context)),
    ),
    winRate: guard('report:read', (_, args, context) =>
      winRates(context.dataSource, reportQuery(args, context), args.by ?? 'PERIOD'),
    ),
    salesCycle: guard('report:read', (_, args, context) =>
      salesCycle(context.dataSource, reportQuery(args, context)),
    ),
    pipelineVelocity: guard('report:read', async (_, args, context) => {
      const report = await pipelineVelocityReport(context.dataSource, reportQuery(args, context));
      return { ...report, missingRates: report.missingRates };
    }),
    salesForecast: guard('report:read', (_, args, context) =>
      salesForecast(context.dataSource, reportQuery(args, context), today()),
    ),
    teamQuotaAttainment: guard('report:read', (_, args, context) => {
      if (!isUuid(args.teamId)) throw badUserInput('teamId', `must be a team id (got ${args.teamId})`);
      const query = reportQuery({ period: args.period }, context);
      return teamQuotaAttainment(context.dataSource, args.teamId.toLowerCase(), query);
    }),
    largeDealAlerts: guard('report:read', async (_, args, context) => {
      const first = args.first ?? 50;
      if (first < 1 || first > 500) throw badUserInput('first', `must be 1 to 500 (got ${first})`);
      return largeDealAlerts(context.dataSource, reportQuery(args, context), first);
    }),
  },
  User: {
    // Another rep's attainment is not theirs to see: empty, not an error (as sales' User.quotas).
    quotaAttainment: guard('report:read', ({ id }, { period }, context) => {
      const query = reportQuery({ period }, context);
      const visible = visibleOwnerIds(context.caller, query.scope);
      const userId = id.toLowerCase();
      if (visible !== null && !visible.includes(userId)) return [];
      return userQuotaAttainment(context.dataSource, userId, query.period);
    }),
  },
  QuotaAttainment: {
    user: (row) => (row.userId ? { __typename: 'User', id: row.userId } : null),
    team: (row) => (row.teamId ? { __typename: 'Team', id: row.teamId } : null),
    target: (row) => money(row.target.amount, row.target.currency),
    won: (row) => maybeMoney(row.won.amount, row.won.currency),
  },
  LargeDealAlert: {
    opportunity: (alert) => ({ __typename: 'Opportunity', id: alert.opportunityId }),
    owner: (alert) => (alert.ownerId ? { __typename: 'User', id: alert.ownerId } : null),
    amount: (alert) => money(alert.amount, alert.currency),
    threshold: (alert) => money(alert.threshold, alert.currency),
    reportingAmount: (alert) => maybeMoney(alert.converted, alert.reportingCurrency),
    detectedAt: (alert) => new Date(alert.detectedAt),
  },
};
