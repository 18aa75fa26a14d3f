import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { assertRecordAccess, guard } from '@crm/permissions';
import { parseId, type RequestContext } from '@crm/subgraph-kit';
import type { EntityManager } from 'typeorm';
import type { Opportunity } from '../data/opportunity.entity';
import type { OpportunityStageChange } from '../data/opportunity-stage-change.entity';
import { lockOpportunity } from '../data/opportunity.repository';
import { changeOpportunity, type OpportunityChange } from '../data/opportunity-store';
import {
  assertClosing,
  assertReopening,
  assertStageMove,
  DEFAULT_PROBABILITY,
  probabilityFor,
  type CloseOutcome,
  type OpportunityStage,
} from '../domain/opportunity-stage';
import type { SalesLoaders } from '../sales-loaders';

type Context = RequestContext<SalesLoaders>;

interface StageArgs {
  id: string;
  version: number;
}

/** Locks the deal, checks the caller may change it, and applies what `plan` decides. */
function changeStage(
  args: StageArgs,
  context: Context,
  action: string,
  plan: (before: Opportunity) => Omit<OpportunityChange, 'action' | 'before'>,
): Promise<Opportunity> {
  const id = parseId('id', args.id);
  return context.dataSource.transaction(async (manager: EntityManager) => {
    const before = await lockOpportunity(manager, id, args.version);
    assertRecordAccess(context.caller, 'opportunity:write', before.ownerId, `opportunity ${id}`);
    return changeOpportunity(manager, context, { action, before, ...plan(before) });
  });
}

function moveOpportunityStage(
  args: StageArgs & { stage: OpportunityStage; probability?: number | null },
  context: Context,
) {
  return changeStage(args, context, 'moveOpportunityStage', (before) => {
    assertStageMove(before.stage, args.stage, 'stage');
    return {
      changes: {
        stage: args.stage,
        probability: probabilityFor(args.stage, args.probability, 'probability'),
      },
    };
  });
}

function closeOpportunity(
  args: StageArgs & { reason?: string | null },
  context: Context,
  outcome: CloseOutcome,
) {
  const action = outcome === 'CLOSED_WON' ? 'winOpportunity' : 'loseOpportunity';
  return changeStage(args, context, action, (before) => {
    const reason = assertClosing(before.stage, outcome, args.reason, { stage: 'id', reason: 'reason' });
    return {
      reason,
      changes: {
        stage: outcome,
        probability: DEFAULT_PROBABILITY[outcome],
        closedAt: new Date(),
        wonReason: outcome === 'CLOSED_WON' ? reason : null,
        lostReason: outcome === 'CLOSED_LOST' ? reason : null,
      },
    };
  });
}

function reopenOpportunity(
  args: StageArgs & { reason: string; stage: OpportunityStage; probability?: number | null },
  context: Context,
) {
  return changeStage(args, context, 'reopenOpportunity', (before) => {
    const reason = assertReopening(before.stage, args.stage, args.reason, {
      stage: 'stage',
      reason: 'reason',
    });
    return {
      reason,
      changes: {
        stage: args.stage,
        probability: probabilityFor(args.stage, args.probability, 'probability'),
        closedAt: null,
        wonReason: null,
        lostReason: null,
      },
    };
  });
}

export const opportunityStageResolvers: GraphQLResolverMap<Context> = {
  Mutation: {
    moveOpportunityStage: guard(
      'opportunity:write',
      (
        _: unknown,
        args: StageArgs & { stage: OpportunityStage; probability?: number | null },
        context: Context,
      ) => moveOpportunityStage(args, context),
    ),
    winOpportunity: guard(
      'opportunity:write',
      (_: unknown, args: StageArgs & { reason?: string | null }, context: Context) =>
        closeOpportunity(args, context, 'CLOSED_WON'),
    ),
    loseOpportunity: guard(
      'opportunity:write',
      (_: unknown, args: StageArgs & { reason: string }, context: Context) =>
        closeOpportunity(args, context, 'CLOSED_LOST'),
    ),
    reopenOpportunity: guard(
      'opportunity:write',
      (
        _: unknown,
        args: StageArgs & { reason: string; stage: OpportunityStage; probability?: number | null },
        context: Context,
      ) => reopenOpportunity(args, context),
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
