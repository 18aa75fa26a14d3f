import type { EventDefinition } from '../event-definition';
import {
  CAMPAIGN_MEMBER_STATUS,
  CAMPAIGN_PARTY_PROPERTIES,
  type CampaignMemberStatusName,
  type CampaignPartyFields,
} from './campaign-fields.schema';
import { DATE_TIME, UUID } from './schema-fragments';

export interface CampaignMemberStatusChangedPayload extends CampaignPartyFields {
  campaignId: string;
  memberId: string;
  previousStatus: CampaignMemberStatusName;
  status: CampaignMemberStatusName;
  changedAt: string;
}

export const campaignMemberStatusChanged: EventDefinition<
  'crm.marketing.campaign.member_status_changed',
  CampaignMemberStatusChangedPayload
> = {
  type: 'crm.marketing.campaign.member_status_changed',
  service: 'marketing',
  aggregate: 'campaign',
  version: 1,
  description:
    'A campaign member moved forward (TARGETED → SENT → DELIVERED → OPENED → CLICKED → RESPONDED → CONVERTED).',
  aggregateIdField: 'campaignId',
  schema: {
    type: 'object',
    additionalProperties: false,
    required: [
      'campaignId',
      'memberId',
      'customerId',
      'contactId',
      'leadId',
      'previousStatus',
      'status',
      'changedAt',
    ],
    properties: {
      campaignId: UUID,
      memberId: UUID,
      ...CAMPAIGN_PARTY_PROPERTIES,
      previousStatus: CAMPAIGN_MEMBER_STATUS,
      status: CAMPAIGN_MEMBER_STATUS,
      changedAt: DATE_TIME,
    },
  },
  example: {
    campaignId: '01950c90-5555-7000-8000-000000000005',
    memberId: '01950c90-7777-7000-8000-000000000007',
    customerId: '01950c90-2222-7000-8000-000000000002',
    contactId: null,
    leadId: null,
    previousStatus: 'SENT',
    status: 'OPENED',
    changedAt: '2025-03-03T10:00:00.000Z',
  },
};
