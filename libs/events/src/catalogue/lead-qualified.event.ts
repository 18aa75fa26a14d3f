import type { EventDefinition } from '../event-definition';
import { DATE_TIME, NULLABLE_UUID, UUID } from './schema-fragments';

export interface LeadQualifiedPayload {
  leadId: string;
  ownerId: string | null;
  score: number;
  qualifiedAt: string;
}

export const leadQualified: EventDefinition<'crm.sales.lead.qualified', LeadQualifiedPayload> = {
  type: 'crm.sales.lead.qualified',
  service: 'sales',
  aggregate: 'lead',
  version: 1,
  description: 'A contacted lead was qualified: it may now be converted into a customer.',
  aggregateIdField: 'leadId',
  schema: {
    type: 'object',
    additionalProperties: false,
    required: ['leadId', 'ownerId', 'score', 'qualifiedAt'],
    properties: {
      leadId: UUID,
      ownerId: NULLABLE_UUID,
      score: { type: 'integer', minimum: 0, maximum: 100 },
      qualifiedAt: DATE_TIME,
    },
  },
  example: {
    leadId: '01950c90-1111-7000-8000-000000000001',
    ownerId: '01950c80-0000-7000-8000-00000000a11c',
    score: 70,
    qualifiedAt: '2025-02-25T14:00:00.000Z',
  },
};
