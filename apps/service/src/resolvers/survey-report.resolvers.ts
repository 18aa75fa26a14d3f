import { guard } from '@crm/permissions';
import { countSatisfaction, type GroupCounts } from '../data/survey-report.repository';
import { customerSatisfaction } from '../domain/survey-customer-satisfaction';
import { parseSatisfactionFilter } from '../domain/survey-report-filter';
import { NO_ANSWERS, satisfactionScores } from '../domain/survey-scores';
import type { Resolvers } from '../generated/resolvers-types';

const scoresOf = (groups: GroupCounts[], group: GroupCounts['group']) =>
  groups
    .filter((row) => row.group === group)
    .map((row) => ({ ...row, scores: satisfactionScores(row.counts) }));

/** CSAT and NPS per queue, agent and period, and each customer's latest scores with their trend. */
export const surveyReportResolvers: Resolvers = {
  Query: {
    satisfactionReport: guard('survey:read', async (_, { filter: input }, context) => {
      const filter = parseSatisfactionFilter(input);
      const groups = await countSatisfaction(context.dataSource, filter);
      const overall = groups.find((row) => row.group === 'ALL')?.counts ?? NO_ANSWERS;
      return {
        from: filter.from,
        to: filter.to,
        overall: satisfactionScores(overall),
        byQueue: scoresOf(groups, 'QUEUE').map(({ queueId, scores }) => ({
          queue: queueId ? { id: queueId } : null,
          scores,
        })),
        byAgent: scoresOf(groups, 'AGENT').map(({ assigneeId, scores }) => ({
          agent: assigneeId ? { id: assigneeId } : null,
          scores,
        })),
        byPeriod: scoresOf(groups, 'PERIOD').map(({ periodStart, scores }) => ({
          periodStart: periodStart!,
          scores,
        })),
      };
    }),
  },
  Customer: {
    satisfaction: guard('survey:read', async (customer, _, context) =>
      customerSatisfaction(await context.loaders.scoresOfCustomer.load(customer.id)),
    ),
  },
};
