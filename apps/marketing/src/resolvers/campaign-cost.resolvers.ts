import { guard } from '@crm/permissions';
import { parseId, runIdempotently, scopeOfRequest } from '@crm/subgraph-kit';
import { recordCampaignCost } from '../changes/campaign-cost.changes';
import { CampaignCost } from '../data/campaign-cost.entity';
import { parseCostLine } from '../domain/campaign-cost';
import type { CampaignCostInput, Resolvers } from '../generated/resolvers-types';
import type { MarketingContext } from '../marketing-context';
import { campaignById } from './campaign.resolvers';

/**
 * Once per idempotency key. A retry returns the line the first request recorded, without its
 * warnings: the first response carried them.
 */
async function recordCostFor(
  campaignId: string,
  { idempotencyKey, ...input }: CampaignCostInput,
  context: MarketingContext,
) {
  const id = parseId('campaignId', campaignId);
  const line = parseCostLine(input);
  let warnings: string[] = [];
  const request = {
    operation: 'recordCampaignCost',
    key: idempotencyKey,
    input: { campaignId: id, ...input },
    field: 'input.idempotencyKey',
  };
  const costId = await runIdempotently(scopeOfRequest(context), request, async (scope) => {
    const recorded = await recordCampaignCost(scope, id, line);
    warnings = recorded.warnings;
    return recorded.cost.id;
  });
  const cost = await context.dataSource.getRepository(CampaignCost).findOneByOrFail({ id: costId });
  context.loaders.campaignById.clear(cost.campaignId);
  return { cost, campaign: await campaignById(cost.campaignId, context, 'campaignId'), warnings };
}

export const campaignCostResolvers: Resolvers = {
  Mutation: {
    recordCampaignCost: guard('campaign:write', (_, { campaignId, input }, context) =>
      recordCostFor(campaignId, input, context),
    ),
  },
  CampaignCost: {
    amount: (cost) => ({ amount: cost.amount, currency: cost.currency }),
  },
};
