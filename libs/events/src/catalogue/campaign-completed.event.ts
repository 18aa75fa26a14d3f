import type { EventDefinition } from '../event-definition';
import { NULLABLE_DATE } from './campaign-fields.schema';
import { DATE_TIME, UUID } from './schema-fragments';

export interface CampaignCompletedPayload {
  campaignId: string;
  endsOn: string | null;
  /** AUTOMATIC: the calendar job, the day after endsOn; MANUAL: completeCampaign. */
  completedBy: 'AUTOMATIC' | 'MANUAL';
  completedAt: string;
}

export const campaignCompleted: EventDefinition<
  'crm.marketing.campaign.completed',
  CampaignCompletedPayload
> = {
  type: 'crm.marketing.campaign.completed',
  service: 'marketing',
  aggregate: 'campaign',
  version: 1,
  description: 'An active campaign ended (ACTIVE → COMPLETED): after its end date, or completed by hand.',
  aggregateIdField: 'campaignId',
  schema: {
    type: 'object',
    additionalProperties: false,
    required: ['campaignId', 'endsOn', 'completedBy', 'completedAt'],
    properties: {
      campaignId: UUID,
      endsOn: NULLABLE_DATE,
      completedBy: { type: 'string', enum: ['AUTOMATIC', 'MANUAL'] },
      completedAt: DATE_TIME,
    },
  },
  example: {
    campaignId: '01950c90-5555-7000-8000-000000000005',
    endsOn: '2025-03-31',
    completedBy: 'AUTOMATIC',
    completedAt: '2025-04-01T00:01:00.000Z',
  },
};
