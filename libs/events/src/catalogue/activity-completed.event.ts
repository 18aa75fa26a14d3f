import type { EventDefinition } from '../event-definition';
import {
  ACTIVITY_LINK_PROPERTIES,
  ACTIVITY_TYPE,
  type ActivityLinkFields,
  type ActivityTypeName,
} from './activity-fields.schema';
import { DATE_TIME, NULLABLE_UUID, UUID } from './schema-fragments';

export interface ActivityCompletedPayload extends ActivityLinkFields {
  activityId: string;
  type: ActivityTypeName;
  ownerId: string | null;
  dueAt: string;
  completedAt: string;
  /** Completed after its due time. */
  late: boolean;
}

export const activityCompleted: EventDefinition<'crm.sales.activity.completed', ActivityCompletedPayload> = {
  type: 'crm.sales.activity.completed',
  service: 'sales',
  aggregate: 'activity',
  version: 1,
  description: 'A call, meeting or to-do was done.',
  aggregateIdField: 'activityId',
  schema: {
    type: 'object',
    additionalProperties: false,
    required: [
      'activityId',
      'type',
      'ownerId',
      'customerId',
      'leadId',
      'opportunityId',
      'dueAt',
      'completedAt',
      'late',
    ],
    properties: {
      activityId: UUID,
      type: ACTIVITY_TYPE,
      ownerId: NULLABLE_UUID,
      ...ACTIVITY_LINK_PROPERTIES,
      dueAt: DATE_TIME,
      completedAt: DATE_TIME,
      late: { type: 'boolean' },
    },
  },
  example: {
    activityId: '01950c8d-0000-7000-8000-0000000000a1',
    type: 'CALL',
    ownerId: '01950c80-0000-7000-8000-00000000a11c',
    customerId: null,
    leadId: null,
    opportunityId: '01950c8b-1a2b-7c3d-9e4f-5a6b7c8d9e0f',
    dueAt: '2025-03-12T09:30:00.000Z',
    completedAt: '2025-03-12T09:41:00.000Z',
    late: true,
  },
};
