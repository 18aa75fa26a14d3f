import type { EventDefinition } from '../event-definition';
import { DATE_TIME, UUID } from './schema-fragments';

export interface CampaignCancelledPayload {
  campaignId: string;
  previousStatus: 'DRAFT' | 'SCHEDULED' | 'ACTIVE';
  reason: string;
  cancelledAt: string;
}

export const campaignCancelled: EventDefinition<
  'crm.marketing.campaign.cancelled',
  CampaignCancelledPayload
> = {
  type: 'crm.marketing.campaign.cancelled',
  service: 'marketing',
  aggregate: 'campaign',
  version: 1,
  description: 'A campaign that had not completed was cancelled, with the reason.',
  aggregateIdField: 'campaignId',
  schema: {
    type: 'object',
    additionalProperties: false,
    required: ['campaignId', 'previousStatus', 'reason', 'cancelledAt'],
    properties: {
      campaignId: UUID,
      previousStatus: { type: 'string', enum: ['DRAFT', 'SCHEDULED', 'ACTIVE'] },
      reason: { type: 'string', minLength: 1, maxLength: 500 },
      cancelledAt: DATE_TIME,
    },
  },
  example: {
    campaignId: '01950c90-5555-7000-8000-000000000005',
    previousStatus: 'SCHEDULED',
    reason: 'The fair was called off',
    cancelledAt: '2025-02-20T09:00:00.000Z',
  },
};
