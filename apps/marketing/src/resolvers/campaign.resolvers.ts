import { GraphQLDateTimeISO, GraphQLLocalDate } from 'graphql-scalars';
import { notFound } from '@crm/errors';
import { guard, guardReference } from '@crm/permissions';
import { runIdempotently, parseId, scopeOfRequest } from '@crm/subgraph-kit';
import { createCampaign } from '../changes/campaign.changes';
import type { Campaign } from '../data/campaign.entity';
import { listCampaigns } from '../data/campaign.repository';
import { parseNewCampaign } from '../domain/new-campaign';
import type { CreateCampaignInput, Resolvers } from '../generated/resolvers-types';
import type { MarketingContext } from '../marketing-context';

async function campaignById(id: string, context: MarketingContext): Promise<Campaign> {
  const campaign = await context.loaders.campaignById.load(parseId('id', id));
  if (!campaign) throw notFound('Campaign', id, 'id');
  return campaign;
}

/** Parse → the change, once per idempotency key → the campaign. */
async function createCampaignFor(
  { idempotencyKey, ...input }: CreateCampaignInput,
  context: MarketingContext,
) {
  const fields = parseNewCampaign(input);
  const request = { operation: 'createCampaign', key: idempotencyKey, input, field: 'input.idempotencyKey' };
  const id = await runIdempotently(scopeOfRequest(context), request, async (scope) => {
    const campaign = await createCampaign(scope, fields);
    return campaign.id;
  });
  return campaignById(id, context);
}

export const campaignResolvers: Resolvers = {
  DateTime: GraphQLDateTimeISO,
  LocalDate: GraphQLLocalDate,
  Query: {
    campaign: guard('campaign:read', (_, { id }, context) => campaignById(id, context)),
    campaigns: guard('campaign:read', (_, { status, ...page }, context) =>
      listCampaigns(context.dataSource, { status }, page),
    ),
  },
  Mutation: {
    createCampaign: guard('campaign:write', (_, { input }, context) => createCampaignFor(input, context)),
  },
  Campaign: {
    __resolveReference: guardReference('campaign:read', (reference, context) =>
      context.loaders.campaignById.load(reference.id),
    ),
    budget: (campaign) =>
      campaign.budgetAmount === null || campaign.budgetCurrency === null
        ? null
        : { amount: campaign.budgetAmount, currency: campaign.budgetCurrency },
  },
};
