import { buildEvent, type EventOrigin } from '@crm/events';
import type { Campaign } from '../data/campaign.entity';
import type { CampaignCost } from '../data/campaign-cost.entity';
import type { CampaignMember } from '../data/campaign-member.entity';
import type { CampaignResponse } from '../data/campaign-response.entity';
import type { MemberStatus } from '../domain/member-status';

/** Builders of the campaign events (libs/events/src/catalogue/campaign-*.event.ts); changes publish them. */

const planOf = (campaign: Campaign) => ({
  campaignId: campaign.id,
  name: campaign.name,
  status: campaign.status,
  budgetAmount: campaign.budgetAmount,
  budgetCurrency: campaign.budgetCurrency,
  startsOn: campaign.startsOn,
  endsOn: campaign.endsOn,
  channels: campaign.channels,
  description: campaign.description,
});

const partyOf = (member: CampaignMember) => ({
  customerId: member.customerId,
  contactId: member.contactId,
  leadId: member.leadId,
});

export function campaignCreated(campaign: Campaign, origin: EventOrigin) {
  return buildEvent('crm.marketing.campaign.created', {
    subject: campaign.id,
    ...origin,
    data: { ...planOf(campaign), createdAt: campaign.createdAt.toISOString() },
  });
}

export function campaignUpdated(campaign: Campaign, changedFields: string[], origin: EventOrigin) {
  return buildEvent('crm.marketing.campaign.updated', {
    subject: campaign.id,
    ...origin,
    data: { ...planOf(campaign), changedFields, updatedAt: campaign.updatedAt.toISOString() },
  });
}

export function campaignScheduled(campaign: Campaign & { startsOn: string }, origin: EventOrigin) {
  return buildEvent('crm.marketing.campaign.scheduled', {
    subject: campaign.id,
    ...origin,
    data: {
      campaignId: campaign.id,
      startsOn: campaign.startsOn,
      endsOn: campaign.endsOn,
      scheduledAt: campaign.updatedAt.toISOString(),
    },
  });
}

export function campaignStarted(campaign: Campaign & { startsOn: string }, origin: EventOrigin) {
  return buildEvent('crm.marketing.campaign.started', {
    subject: campaign.id,
    ...origin,
    data: {
      campaignId: campaign.id,
      startsOn: campaign.startsOn,
      endsOn: campaign.endsOn,
      startedAt: campaign.updatedAt.toISOString(),
    },
  });
}

export function campaignCompleted(
  campaign: Campaign,
  completedBy: 'AUTOMATIC' | 'MANUAL',
  origin: EventOrigin,
) {
  return buildEvent('crm.marketing.campaign.completed', {
    subject: campaign.id,
    ...origin,
    data: {
      campaignId: campaign.id,
      endsOn: campaign.endsOn,
      completedBy,
      completedAt: campaign.updatedAt.toISOString(),
    },
  });
}

export function campaignCancelled(
  campaign: Campaign,
  previousStatus: 'DRAFT' | 'SCHEDULED' | 'ACTIVE',
  origin: EventOrigin,
) {
  return buildEvent('crm.marketing.campaign.cancelled', {
    subject: campaign.id,
    ...origin,
    data: {
      campaignId: campaign.id,
      previousStatus,
      reason: campaign.cancellationReason ?? '',
      cancelledAt: campaign.updatedAt.toISOString(),
    },
  });
}

export function campaignCostRecorded(
  campaign: Campaign,
  cost: CampaignCost,
  totals: { totalCost: string; overBudget: boolean },
  origin: EventOrigin,
) {
  return buildEvent('crm.marketing.campaign.cost_recorded', {
    subject: campaign.id,
    ...origin,
    data: {
      campaignId: campaign.id,
      costId: cost.id,
      spentOn: cost.spentOn,
      category: cost.category,
      amount: cost.amount,
      currency: cost.currency,
      ...totals,
      budgetAmount: campaign.budgetAmount,
      recordedAt: cost.createdAt.toISOString(),
    },
  });
}

export function campaignMembersAdded(campaignId: string, members: CampaignMember[], origin: EventOrigin) {
  return buildEvent('crm.marketing.campaign.members_added', {
    subject: campaignId,
    ...origin,
    data: {
      campaignId,
      members: members.map((member) => ({ memberId: member.id, ...partyOf(member) })),
      addedAt: members[0].createdAt.toISOString(),
    },
  });
}

export function campaignMemberStatusChanged(
  member: CampaignMember,
  previousStatus: MemberStatus,
  origin: EventOrigin,
) {
  return buildEvent('crm.marketing.campaign.member_status_changed', {
    subject: member.campaignId,
    ...origin,
    data: {
      campaignId: member.campaignId,
      memberId: member.id,
      ...partyOf(member),
      previousStatus,
      status: member.status,
      changedAt: member.updatedAt.toISOString(),
    },
  });
}

export function campaignResponseRecorded(
  member: CampaignMember,
  response: CampaignResponse,
  origin: EventOrigin,
) {
  return buildEvent('crm.marketing.campaign.response_recorded', {
    subject: member.campaignId,
    ...origin,
    data: {
      campaignId: member.campaignId,
      responseId: response.id,
      memberId: member.id,
      ...partyOf(member),
      channel: response.channel,
      kind: response.kind,
      recordedAt: response.createdAt.toISOString(),
    },
  });
}
