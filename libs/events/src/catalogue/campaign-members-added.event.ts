import type { EventDefinition } from '../event-definition';
import { CAMPAIGN_PARTY_PROPERTIES, type CampaignPartyFields } from './campaign-fields.schema';
import { DATE_TIME, UUID } from './schema-fragments';

export interface AddedCampaignMember extends CampaignPartyFields {
  memberId: string;
}

export interface CampaignMembersAddedPayload {
  campaignId: string;
  /** Only those new to the campaign (at most 1 000 per event); each starts as TARGETED. */
  members: AddedCampaignMember[];
  addedAt: string;
}

export const campaignMembersAdded: EventDefinition<
  'crm.marketing.campaign.members_added',
  CampaignMembersAddedPayload
> = {
  type: 'crm.marketing.campaign.members_added',
  service: 'marketing',
  aggregate: 'campaign',
  version: 1,
  description: 'Customers, contacts or leads became members of a campaign (status TARGETED).',
  aggregateIdField: 'campaignId',
  schema: {
    type: 'object',
    additionalProperties: false,
    required: ['campaignId', 'members', 'addedAt'],
    properties: {
      campaignId: UUID,
      members: {
        type: 'array',
        minItems: 1,
        maxItems: 1000,
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['memberId', 'customerId', 'contactId', 'leadId'],
          properties: { memberId: UUID, ...CAMPAIGN_PARTY_PROPERTIES },
        },
      },
      addedAt: DATE_TIME,
    },
  },
  example: {
    campaignId: '01950c90-5555-7000-8000-000000000005',
    members: [
      {
        memberId: '01950c90-7777-7000-8000-000000000007',
        customerId: '01950c90-2222-7000-8000-000000000002',
        contactId: null,
        leadId: null,
      },
    ],
    addedAt: '2025-02-20T09:00:00.000Z',
  },
};
