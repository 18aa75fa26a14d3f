import { GraphQLDateTimeISO, GraphQLLocalDate } from 'graphql-scalars';
import { notFound } from '@crm/errors';
import { guard, guardReference } from '@crm/permissions';
import { runIdempotently, parseId, scopeOfRequest } from '@crm/subgraph-kit';
import {
  cancelCampaign,
  completeCampaign,
  createCampaign,
  scheduleCampaign,
  updateCampaign,
} from '../changes/campaign.changes';
import type { Campaign } from '../data/campaign.entity';
import { listCampaigns } from '../data/campaign.repository';
import { isOverBudget } from '../domain/campaign-cost';
import { parseNewCampaign } from '../domain/new-campaign';
import type { CreateCampaignInput, Resolvers } from '../generated/resolvers-types';
import type { MarketingContext } from '../marketing-context';

export async function campaignById(id: string, context: MarketingContext, field = 'id'): Promise<Campaign> {
  const campaign = await context.loaders.campaignById.load(parseId(field, id));
  if (!campaign) throw notFound('Campaign', id, field);
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

const seen = (id: string, version: number | null | undefined) => ({ id: parseId('id', id), version });

/** Spend in the campaign's currency: its budget's, else its costs'; null with neither. */
async function totalCostOf(campaign: Campaign, context: MarketingContext) {
  const total = await context.loaders.costTotalOfCampaign.load(campaign.id);
  if (total) return { amount: total.amount, currency: total.currency };
  return campaign.budgetCurrency ? { amount: '0', currency: campaign.budgetCurrency } : null;
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
    updateCampaign: guard('campaign:write', (_, { id, version, input }, context) =>
      updateCampaign(scopeOfRequest(context), seen(id, version), input),
    ),
    scheduleCampaign: guard('campaign:write', (_, { id, version }, context) =>
      scheduleCampaign(scopeOfRequest(context), seen(id, version)),
    ),
    cancelCampaign: guard('campaign:write', (_, { id, version, reason }, context) =>
      cancelCampaign(scopeOfRequest(context), seen(id, version), reason),
    ),
    completeCampaign: guard('campaign:write', (_, { id, version }, context) =>
      completeCampaign(scopeOfRequest(context), seen(id, version)),
    ),
  },
  Campaign: {
    __resolveReference: guardReference('campaign:read', (reference, context) =>
      context.loaders.campaignById.load(reference.id),
    ),
    budget: (campaign) =>
      campaign.budgetAmount === null || campaign.budgetCurrency === null
        ? null
        : { amount: campaign.budgetAmount, currency: campaign.budgetCurrency },
    costs: (campaign, page, context) =>
      context.loaders.costsOfCampaign.load({ parentId: campaign.id, ...page }),
    totalCost: (campaign, _, context) => totalCostOf(campaign, context),
    overBudget: async (campaign, _, context) =>
      isOverBudget((await totalCostOf(campaign, context))?.amount ?? '0', campaign.budgetAmount),
    members: (campaign, { status, ...page }, context) =>
      context.loaders.membersOfCampaign.load({
        parentId: campaign.id,
        ...page,
        filter: status ? { status: [status] } : null,
      }),
    memberStats: async (campaign, _, context) => {
      const stats = await context.loaders.memberStatsOfCampaign.load(campaign.id);
      return {
        total: stats.total,
        targeted: stats.TARGETED,
        sent: stats.SENT,
        delivered: stats.DELIVERED,
        opened: stats.OPENED,
        clicked: stats.CLICKED,
        responded: stats.RESPONDED,
        converted: stats.CONVERTED,
      };
    },
    responses: (campaign, page, context) =>
      context.loaders.responsesOfCampaign.load({ parentId: campaign.id, ...page }),
    responseStats: async (campaign, _, context) =>
      (await context.loaders.responseStatsOfCampaign.load(campaign.id)).map(({ channel, count }) => ({
        channel: channel as Campaign['channels'][number],
        count,
      })),
  },
};
