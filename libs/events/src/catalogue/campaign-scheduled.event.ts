import type { EventDefinition } from '../event-definition';
import { NULLABLE_DATE } from './campaign-fields.schema';
import { DATE_TIME, UUID } from './schema-fragments';

export interface CampaignScheduledPayload {
  campaignId: string;
  startsOn: string;
  endsOn: string | null;
  scheduledAt: string;
}

export const campaignScheduled: EventDefinition<
  'crm.marketing.campaign.scheduled',
  CampaignScheduledPayload
> = {
  type: 'crm.marketing.campaign.scheduled',
  service: 'marketing',
  aggregate: 'campaign',
  version: 1,
  description: 'A campaign was scheduled (DRAFT → SCHEDULED): it starts by itself on startsOn.',
  aggregateIdField: 'campaignId',
  schema: {
    type: 'object',
    additionalProperties: false,
    required: ['campaignId', 'startsOn', 'endsOn', 'scheduledAt'],
    properties: {
      campaignId: UUID,
      startsOn: { type: 'string', format: 'date' },
      endsOn: NULLABLE_DATE,
      scheduledAt: DATE_TIME,
    },
  },
  example: {
    campaignId: '01950c90-5555-7000-8000-000000000005',
    startsOn: '2025-03-01',
    endsOn: '2025-03-31',
    scheduledAt: '2025-02-15T09:00:00.000Z',
  },
};
