import { notFound } from '@crm/errors';
import { guard, requireScope } from '@crm/permissions';
import { parseId, scopeOfRequest } from '@crm/subgraph-kit';
import {
  addCampaignMembers,
  addSegmentToCampaign,
  setCampaignMemberStatus,
} from '../changes/campaign-member.changes';
import { recordCampaignResponse } from '../changes/campaign-response.changes';
import { parseResponse } from '../domain/campaign-response';
import { parseMemberParties } from '../domain/new-members';
import type { Resolvers } from '../generated/resolvers-types';
import type { MarketingContext } from '../marketing-context';
import { campaignById } from './campaign.resolvers';

async function memberById(id: string, context: MarketingContext) {
  const member = await context.loaders.campaignMemberById.load(id);
  if (!member) throw notFound('CampaignMember', id, 'memberId');
  return member;
}

export const campaignMemberResolvers: Resolvers = {
  Mutation: {
    addCampaignMembers: guard('campaign:write', async (_, { campaignId, members }, context) => {
      const id = parseId('campaignId', campaignId);
      const parties = parseMemberParties(members);
      const { campaign, added } = await addCampaignMembers(scopeOfRequest(context), id, parties);
      return { campaign, addedCount: added.length, ignoredCount: members.length - added.length };
    }),
    addSegmentToCampaign: guard('campaign:write', async (_, { campaignId, segmentId }, context) => {
      requireScope(context.caller, 'segment:read');
      const added = await addSegmentToCampaign(
        scopeOfRequest(context),
        parseId('campaignId', campaignId),
        parseId('segmentId', segmentId),
      );
      return { campaign: added.campaign, addedCount: added.added.length, ignoredCount: added.ignored };
    }),
    setCampaignMemberStatus: guard('campaign:write', (_, { memberId, version, status }, context) =>
      setCampaignMemberStatus(
        scopeOfRequest(context),
        { id: parseId('memberId', memberId), version },
        status,
      ),
    ),
    recordCampaignResponse: guard('campaign:write', (_, { campaignId, memberId, ...input }, context) =>
      recordCampaignResponse(
        scopeOfRequest(context),
        parseId('campaignId', campaignId),
        parseId('memberId', memberId),
        parseResponse(input),
      ),
    ),
  },
  CampaignMember: {
    campaign: (member, _, context) => campaignById(member.campaignId, context, 'campaignId'),
    customer: (member) => (member.customerId ? { __typename: 'Customer', id: member.customerId } : null),
  },
  Customer: {
    campaignMemberships: guard('campaign:read', (customer, page, context) =>
      // A federated reference always carries its key.
      context.loaders.membershipsOfCustomer.load({ parentId: customer.id!, ...page }),
    ),
  },
  CampaignResponse: {
    member: (response, _, context) => memberById(response.memberId, context),
  },
};
