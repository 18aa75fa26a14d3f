import { guard } from '@crm/permissions';
import { parseId, scopeOfRequest } from '@crm/subgraph-kit';
import {
  loseOpportunity,
  moveOpportunityStage,
  reopenOpportunity,
  winOpportunity,
} from '../changes/opportunity.changes';
import type { Resolvers } from '../generated/resolvers-types';

interface StageArgs {
  id: string;
  version: number;
}

/** The deal the caller names, its id parsed. */
const deal = <T extends StageArgs>(args: T): T => ({ ...args, id: parseId('id', args.id) });

export const opportunityStageResolvers: Resolvers = {
  Mutation: {
    moveOpportunityStage: guard('opportunity:write', (_, args, context) =>
      moveOpportunityStage(scopeOfRequest(context), deal(args)),
    ),
    winOpportunity: guard('opportunity:write', (_, args, context) =>
      winOpportunity(scopeOfRequest(context), deal(args)),
    ),
    loseOpportunity: guard('opportunity:write', (_, args, context) =>
      loseOpportunity(scopeOfRequest(context), deal(args)),
    ),
    reopenOpportunity: guard('opportunity:write', (_, args, context) =>
      reopenOpportunity(scopeOfRequest(context), deal(args)),
    ),
  },
  Opportunity: {
    // The deal itself was access-checked when it was resolved; its history goes with it.
    stageHistory: (opportunity, _, context) => context.loaders.stageHistoryOfOpportunity.load(opportunity.id),
  },
  OpportunityStageChange: {
    amount: (change) => ({ amount: change.amount, currency: change.currency }),
    changedBy: (change) => (change.changedBy ? { __typename: 'User', id: change.changedBy } : null),
  },
};
