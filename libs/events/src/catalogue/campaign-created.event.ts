import type { EventDefinition } from '../event-definition';
import {
  CAMPAIGN_PLAN_EXAMPLE,
  CAMPAIGN_PLAN_PROPERTIES,
  CAMPAIGN_PLAN_REQUIRED,
  type CampaignPlanFields,
} from './campaign-fields.schema';
import { DATE_TIME } from './schema-fragments';

export interface CampaignCreatedPayload extends CampaignPlanFields {
  createdAt: string;
}

export const campaignCreated: EventDefinition<'crm.marketing.campaign.created', CampaignCreatedPayload> = {
  type: 'crm.marketing.campaign.created',
  service: 'marketing',
  aggregate: 'campaign',
  version: 1,
  description: 'A campaign was planned, as a DRAFT: name, budget, dates and channels.',
  aggregateIdField: 'campaignId',
  schema: {
    type: 'object',
    additionalProperties: false,
    required: [...CAMPAIGN_PLAN_REQUIRED, 'createdAt'],
    properties: { ...CAMPAIGN_PLAN_PROPERTIES, createdAt: DATE_TIME },
  },
  example: { ...CAMPAIGN_PLAN_EXAMPLE, createdAt: '2025-02-01T09:00:00.000Z' },
};
