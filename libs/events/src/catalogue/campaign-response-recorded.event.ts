import type { EventDefinition } from '../event-definition';
import {
  CAMPAIGN_CHANNEL,
  CAMPAIGN_PARTY_PROPERTIES,
  type CampaignChannelName,
  type CampaignPartyFields,
} from './campaign-fields.schema';
import { DATE_TIME, UUID } from './schema-fragments';

export const CAMPAIGN_RESPONSE_KIND_NAMES = [
  'REPLY',
  'INQUIRY',
  'REGISTRATION',
  'ATTENDANCE',
  'PURCHASE_INTENT',
  'COMPLAINT',
  'OTHER',
] as const;

export interface CampaignResponseRecordedPayload extends CampaignPartyFields {
  campaignId: string;
  responseId: string;
  memberId: string;
  channel: CampaignChannelName;
  kind: (typeof CAMPAIGN_RESPONSE_KIND_NAMES)[number];
  recordedAt: string;
}

export const campaignResponseRecorded: EventDefinition<
  'crm.marketing.campaign.response_recorded',
  CampaignResponseRecordedPayload
> = {
  type: 'crm.marketing.campaign.response_recorded',
  service: 'marketing',
  aggregate: 'campaign',
  version: 1,
  description:
    'A campaign member responded on a channel (the member is now RESPONDED or further). The note stays in marketing: it may hold personal data.',
  aggregateIdField: 'campaignId',
  schema: {
    type: 'object',
    additionalProperties: false,
    required: [
      'campaignId',
      'responseId',
      'memberId',
      'customerId',
      'contactId',
      'leadId',
      'channel',
      'kind',
      'recordedAt',
    ],
    properties: {
      campaignId: UUID,
      responseId: UUID,
      memberId: UUID,
      ...CAMPAIGN_PARTY_PROPERTIES,
      channel: CAMPAIGN_CHANNEL,
      kind: { type: 'string', enum: CAMPAIGN_RESPONSE_KIND_NAMES },
      recordedAt: DATE_TIME,
    },
  },
  example: {
    campaignId: '01950c90-5555-7000-8000-000000000005',
    responseId: '01950c90-8888-7000-8000-000000000008',
    memberId: '01950c90-7777-7000-8000-000000000007',
    customerId: '01950c90-2222-7000-8000-000000000002',
    contactId: null,
    leadId: null,
    channel: 'EMAIL',
    kind: 'INQUIRY',
    recordedAt: '2025-03-04T11:00:00.000Z',
  },
};
