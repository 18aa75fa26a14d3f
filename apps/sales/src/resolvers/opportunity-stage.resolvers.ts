import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { guard } from '@crm/permissions';
import { parseId, scopeOfRequest, type RequestContext } from '@crm/subgraph-kit';
import {
  loseOpportunity,
  moveOpportunityStage,
  reopenOpportunity,
  winOpportunity,
} from '../changes/opportunity.changes';
import type { Opportunity } from '../data/opportunity.entity';
import type { OpportunityStageChange } from '../data/opportunity-stage-change.entity';
import type { OpportunityStage } from '../domain/opportunity-stage';
import type { SalesLoaders } from '../sales-loaders';

type Context = RequestContext<SalesLoaders>;

interface StageArgs {
  id: string;
  version: number;
}

/** The deal the caller names, its id parsed. */
const deal = <T extends StageArgs>(args: T): T => ({ ...args, id: parseId('id', args.id) });

export const opportunityStageResolvers: GraphQLResolverMap<Context> = {
  Mutation: {
    moveOpportunityStage: guard(
      'opportunity:write',
      (
        _: unknown,
        args: StageArgs & { stage: OpportunityStage; probability?: number | null },
        context: Context,
      ) => moveOpportunityStage(scopeOfRequest(context), deal(args)),
    ),
    winOpportunity: guard(
      'opportunity:write',
      (_: unknown, args: StageArgs & { reason?: string | null }, context: Context) =>
        winOpportunity(scopeOfRequest(context), deal(args)),
    ),
    loseOpportunity: guard(
      'opportunity:write',
      (_: unknown, args: StageArgs & { reason: string }, context: Context) =>
        loseOpportunity(scopeOfRequest(context), deal(args)),
    ),
    reopenOpportunity: guard(
      'opportunity:write',
      (
        _: unknown,
        args: StageArgs & { reason: string; stage: OpportunityStage; probability?: number | null },
        context: Context,
      ) => reopenOpportunity(scopeOfRequest(context), deal(args)),
    ),
  },
  Opportunity: {
    // The deal itself was access-checked when it was resolved; its history goes with it.
    stageHistory: (opportunity: Opportunity, _: unknown, context: Context) =>
      context.loaders.stageHistoryOfOpportunity.load(opportunity.id),
  },
  OpportunityStageChange: {
    amount: (change: OpportunityStageChange) => ({ amount: change.amount, currency: change.currency }),
    changedBy: (change: OpportunityStageChange) =>
      change.changedBy ? { __typename: 'User', id: change.changedBy } : null,
  },
};
