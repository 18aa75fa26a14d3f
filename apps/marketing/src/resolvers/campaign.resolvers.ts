import { GraphQLDateTimeISO, GraphQLLocalDate } from 'graphql-scalars';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { notFound } from '@crm/errors';
import { guard, guardReference } from '@crm/permissions';
import {
  createIdempotently,
  parseId,
  scopeOfRequest,
  type PageRequest,
  type RequestContext,
} from '@crm/subgraph-kit';
import { createCampaign } from '../changes/campaign.changes';
import type { Campaign } from '../data/campaign.entity';
import { listCampaigns } from '../data/campaign.repository';
import type { CampaignStatus } from '../domain/campaign-status';
import { parseNewCampaign } from '../domain/new-campaign';
import type { MarketingLoaders } from '../marketing-loaders';

type Context = RequestContext<MarketingLoaders>;

interface CampaignsArgs extends PageRequest {
  status?: CampaignStatus | null;
}

interface CreateCampaignArgs {
  input: { idempotencyKey?: string | null };
}

async function campaignById(id: string, context: Context): Promise<Campaign> {
  const campaign = await context.loaders.campaignById.load(parseId('id', id));
  if (!campaign) throw notFound('Campaign', id, 'id');
  return campaign;
}

/** Parse → the change, once per idempotency key → the campaign. */
async function createCampaignFor(
  { idempotencyKey, ...input }: CreateCampaignArgs['input'],
  context: Context,
) {
  const fields = parseNewCampaign(input);
  const request = { operation: 'createCampaign', key: idempotencyKey, input, field: 'input.idempotencyKey' };
  const id = await createIdempotently(context, request, async (manager) => {
    const campaign = await createCampaign({ ...scopeOfRequest(context), db: manager }, fields);
    return campaign.id;
  });
  return campaignById(id, context);
}

export const campaignResolvers: GraphQLResolverMap<Context> = {
  DateTime: GraphQLDateTimeISO,
  LocalDate: GraphQLLocalDate,
  Query: {
    campaign: guard('campaign:read', (_: unknown, { id }: { id: string }, context: Context) =>
      campaignById(id, context),
    ),
    campaigns: guard('campaign:read', (_: unknown, { status, ...page }: CampaignsArgs, context: Context) =>
      listCampaigns(context.dataSource, { status }, page),
    ),
  },
  Mutation: {
    createCampaign: guard('campaign:write', (_: unknown, { input }: CreateCampaignArgs, context: Context) =>
      createCampaignFor(input, context),
    ),
  },
  Campaign: {
    __resolveReference: guardReference('campaign:read', (reference: { id: string }, context: Context) =>
      context.loaders.campaignById.load(reference.id),
    ),
    budget: (campaign: Campaign) =>
      campaign.budgetAmount === null || campaign.budgetCurrency === null
        ? null
        : { amount: campaign.budgetAmount, currency: campaign.budgetCurrency },
  },
};
