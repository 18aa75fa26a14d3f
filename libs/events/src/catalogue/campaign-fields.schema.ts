import { NULL_SCHEMA } from '../event-definition';
import { AMOUNT, CURRENCY, NULLABLE_STRING, NULLABLE_UUID, UUID } from './schema-fragments';

/** Shared by the crm.marketing.campaign.* events (issue 13 §8). */
export const CAMPAIGN_CHANNEL_NAMES = ['EMAIL', 'SMS', 'PHONE', 'EVENT', 'SOCIAL', 'WEB', 'OTHER'] as const;
export type CampaignChannelName = (typeof CAMPAIGN_CHANNEL_NAMES)[number];
export const CAMPAIGN_CHANNEL = { type: 'string', enum: CAMPAIGN_CHANNEL_NAMES } as const;

export const CAMPAIGN_STATUS_NAMES = ['DRAFT', 'SCHEDULED', 'ACTIVE', 'COMPLETED', 'CANCELLED'] as const;
export type CampaignStatusName = (typeof CAMPAIGN_STATUS_NAMES)[number];

export const CAMPAIGN_MEMBER_STATUS_NAMES = [
  'TARGETED',
  'SENT',
  'DELIVERED',
  'OPENED',
  'CLICKED',
  'RESPONDED',
  'CONVERTED',
] as const;
export type CampaignMemberStatusName = (typeof CAMPAIGN_MEMBER_STATUS_NAMES)[number];
export const CAMPAIGN_MEMBER_STATUS = { type: 'string', enum: CAMPAIGN_MEMBER_STATUS_NAMES } as const;

export const NULLABLE_DATE = { anyOf: [{ type: 'string', format: 'date' }, NULL_SCHEMA] } as const;
export const NULLABLE_AMOUNT = { anyOf: [AMOUNT, NULL_SCHEMA] } as const;
export const NULLABLE_CURRENCY = { anyOf: [CURRENCY, NULL_SCHEMA] } as const;

/** A campaign's plan as created and updated. */
export interface CampaignPlanFields {
  campaignId: string;
  name: string;
  status: CampaignStatusName;
  budgetAmount: string | null;
  budgetCurrency: string | null;
  startsOn: string | null;
  endsOn: string | null;
  channels: CampaignChannelName[];
  description: string | null;
}

export const CAMPAIGN_PLAN_REQUIRED = [
  'campaignId',
  'name',
  'status',
  'budgetAmount',
  'budgetCurrency',
  'startsOn',
  'endsOn',
  'channels',
  'description',
] as const;

export const CAMPAIGN_PLAN_PROPERTIES = {
  campaignId: UUID,
  name: { type: 'string', minLength: 1, maxLength: 200 },
  status: { type: 'string', enum: CAMPAIGN_STATUS_NAMES },
  budgetAmount: NULLABLE_AMOUNT,
  budgetCurrency: NULLABLE_CURRENCY,
  startsOn: NULLABLE_DATE,
  endsOn: NULLABLE_DATE,
  channels: { type: 'array', items: CAMPAIGN_CHANNEL, uniqueItems: true },
  description: NULLABLE_STRING,
} as const;

export const CAMPAIGN_PLAN_EXAMPLE: CampaignPlanFields = {
  campaignId: '01950c90-5555-7000-8000-000000000005',
  name: 'Spring solar fair',
  status: 'DRAFT',
  budgetAmount: '25000.00',
  budgetCurrency: 'EUR',
  startsOn: '2025-03-01',
  endsOn: '2025-03-31',
  channels: ['EMAIL', 'EVENT'],
  description: 'Booth and mailing for the Hamburg solar fair',
};

/** Who a campaign member is: exactly one of the three is set. */
export interface CampaignPartyFields {
  customerId: string | null;
  contactId: string | null;
  leadId: string | null;
}

export const CAMPAIGN_PARTY_PROPERTIES = {
  customerId: NULLABLE_UUID,
  contactId: NULLABLE_UUID,
  leadId: NULLABLE_UUID,
} as const;
