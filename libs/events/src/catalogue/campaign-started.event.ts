import type { EventDefinition } from '../event-definition';
import { NULLABLE_DATE } from './campaign-fields.schema';
import { DATE_TIME, UUID } from './schema-fragments';

export interface CampaignStartedPayload {
  campaignId: string;
  startsOn: string;
  endsOn: string | null;
  startedAt: string;
}

export const campaignStarted: EventDefinition<'crm.marketing.campaign.started', CampaignStartedPayload> = {
  type: 'crm.marketing.campaign.started',
  service: 'marketing',
  aggregate: 'campaign',
  version: 1,
  description: 'A scheduled campaign started on its start date (SCHEDULED → ACTIVE), by the calendar job.',
  aggregateIdField: 'campaignId',
  schema: {
    type: 'object',
    additionalProperties: false,
    required: ['campaignId', 'startsOn', 'endsOn', 'startedAt'],
    properties: {
      campaignId: UUID,
      startsOn: { type: 'string', format: 'date' },
      endsOn: NULLABLE_DATE,
      startedAt: DATE_TIME,
    },
  },
  example: {
    campaignId: '01950c90-5555-7000-8000-000000000005',
    startsOn: '2025-03-01',
    endsOn: '2025-03-31',
    startedAt: '2025-03-01T00:01:00.000Z',
  },
};
