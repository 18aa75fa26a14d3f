import type { EventDefinition } from '../event-definition';
import {
  CAMPAIGN_PLAN_EXAMPLE,
  CAMPAIGN_PLAN_PROPERTIES,
  CAMPAIGN_PLAN_REQUIRED,
  type CampaignPlanFields,
} from './campaign-fields.schema';
import { DATE_TIME } from './schema-fragments';

export interface CampaignUpdatedPayload extends CampaignPlanFields {
  /** The plan fields that changed, e.g. ["budgetAmount", "endsOn"]. */
  changedFields: string[];
  updatedAt: string;
}

export const campaignUpdated: EventDefinition<'crm.marketing.campaign.updated', CampaignUpdatedPayload> = {
  type: 'crm.marketing.campaign.updated',
  service: 'marketing',
  aggregate: 'campaign',
  version: 1,
  description:
    "A campaign's plan (name, budget, dates, channels or description) changed; the whole plan after the change.",
  aggregateIdField: 'campaignId',
  schema: {
    type: 'object',
    additionalProperties: false,
    required: [...CAMPAIGN_PLAN_REQUIRED, 'changedFields', 'updatedAt'],
    properties: {
      ...CAMPAIGN_PLAN_PROPERTIES,
      changedFields: { type: 'array', items: { type: 'string' }, minItems: 1 },
      updatedAt: DATE_TIME,
    },
  },
  example: {
    ...CAMPAIGN_PLAN_EXAMPLE,
    budgetAmount: '30000.00',
    changedFields: ['budgetAmount'],
    updatedAt: '2025-02-10T09:00:00.000Z',
  },
};
