import { NULL_SCHEMA, type EventDefinition } from '../event-definition';
import {
  ACTIVITY_LINK_PROPERTIES,
  ACTIVITY_TYPE,
  type ActivityLinkFields,
  type ActivityTypeName,
} from './activity-fields.schema';
import { DATE_TIME, NULLABLE_UUID, UUID } from './schema-fragments';

export interface ActivityScheduledPayload extends ActivityLinkFields {
  activityId: string;
  type: ActivityTypeName;
  subject: string;
  dueAt: string;
  remindAt: string | null;
  ownerId: string | null;
  scheduledAt: string;
}

export const activityScheduled: EventDefinition<'crm.sales.activity.scheduled', ActivityScheduledPayload> = {
  type: 'crm.sales.activity.scheduled',
  service: 'sales',
  aggregate: 'activity',
  version: 1,
  description: 'A call, meeting or to-do was scheduled about a customer, a lead or an opportunity.',
  aggregateIdField: 'activityId',
  schema: {
    type: 'object',
    additionalProperties: false,
    required: [
      'activityId',
      'type',
      'subject',
      'dueAt',
      'remindAt',
      'ownerId',
      'customerId',
      'leadId',
      'opportunityId',
      'scheduledAt',
    ],
    properties: {
      activityId: UUID,
      type: ACTIVITY_TYPE,
      subject: { type: 'string', minLength: 1 },
      dueAt: DATE_TIME,
      remindAt: { anyOf: [DATE_TIME, NULL_SCHEMA] },
      ownerId: NULLABLE_UUID,
      ...ACTIVITY_LINK_PROPERTIES,
      scheduledAt: DATE_TIME,
    },
  },
  example: {
    activityId: '01950c8d-0000-7000-8000-0000000000a1',
    type: 'CALL',
    subject: 'Follow up on the proposal',
    dueAt: '2025-03-12T09:30:00.000Z',
    remindAt: '2025-03-12T09:15:00.000Z',
    ownerId: '01950c80-0000-7000-8000-00000000a11c',
    customerId: null,
    leadId: null,
    opportunityId: '01950c8b-1a2b-7c3d-9e4f-5a6b7c8d9e0f',
    scheduledAt: '2025-03-10T14:00:00.000Z',
  },
};
