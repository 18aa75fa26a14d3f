import type { EventDefinition } from '../event-definition';
import { DATE_TIME, NULLABLE_UUID, UUID } from './schema-fragments';

export interface LeadDisqualifiedPayload {
  leadId: string;
  ownerId: string | null;
  reason: string;
  disqualifiedAt: string;
}

export const leadDisqualified: EventDefinition<'crm.sales.lead.disqualified', LeadDisqualifiedPayload> = {
  type: 'crm.sales.lead.disqualified',
  service: 'sales',
  aggregate: 'lead',
  version: 1,
  description: 'A lead was disqualified, with the reason; it will not be converted.',
  aggregateIdField: 'leadId',
  schema: {
    type: 'object',
    additionalProperties: false,
    required: ['leadId', 'ownerId', 'reason', 'disqualifiedAt'],
    properties: {
      leadId: UUID,
      ownerId: NULLABLE_UUID,
      reason: { type: 'string', minLength: 1, maxLength: 500 },
      disqualifiedAt: DATE_TIME,
    },
  },
  example: {
    leadId: '01950c90-1111-7000-8000-000000000001',
    ownerId: '01950c80-0000-7000-8000-00000000a11c',
    reason: 'No budget this year',
    disqualifiedAt: '2025-02-25T14:00:00.000Z',
  },
};
