import type { EventDefinition } from '../event-definition';
import { DATE_TIME, NULLABLE_UUID, UUID } from './schema-fragments';

export interface LeadAssignedPayload {
  leadId: string;
  ownerId: string;
  previousOwnerId: string | null;
  /** The assignment rule that chose the owner; null when a user assigned the lead by hand. */
  ruleId: string | null;
  assignedAt: string;
}

export const leadAssigned: EventDefinition<'crm.sales.lead.assigned', LeadAssignedPayload> = {
  type: 'crm.sales.lead.assigned',
  service: 'sales',
  aggregate: 'lead',
  version: 1,
  description: 'A lead got an owner: by an assignment rule (round-robin) or by hand.',
  aggregateIdField: 'leadId',
  schema: {
    type: 'object',
    additionalProperties: false,
    required: ['leadId', 'ownerId', 'previousOwnerId', 'ruleId', 'assignedAt'],
    properties: {
      leadId: UUID,
      ownerId: UUID,
      previousOwnerId: NULLABLE_UUID,
      ruleId: NULLABLE_UUID,
      assignedAt: DATE_TIME,
    },
  },
  example: {
    leadId: '01950c90-1111-7000-8000-000000000001',
    ownerId: '01950c80-0000-7000-8000-00000000a11c',
    previousOwnerId: null,
    ruleId: '01950c90-6666-7000-8000-000000000006',
    assignedAt: '2025-02-20T10:00:00.000Z',
  },
};
