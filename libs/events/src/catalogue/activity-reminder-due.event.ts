import type { EventDefinition } from '../event-definition';
import {
  ACTIVITY_LINK_PROPERTIES,
  ACTIVITY_TYPE,
  type ActivityLinkFields,
  type ActivityTypeName,
} from './activity-fields.schema';
import { DATE_TIME, NULLABLE_UUID, UUID } from './schema-fragments';

export interface ActivityReminderDuePayload extends ActivityLinkFields {
  activityId: string;
  type: ActivityTypeName;
  subject: string;
  dueAt: string;
  remindAt: string;
  ownerId: string | null;
  /** When the scheduler found the reminder due. */
  remindedAt: string;
}

export const activityReminderDue: EventDefinition<
  'crm.sales.activity.reminder_due',
  ActivityReminderDuePayload
> = {
  type: 'crm.sales.activity.reminder_due',
  service: 'sales',
  aggregate: 'activity',
  version: 1,
  description:
    "An open activity's reminder time came: its owner should be reminded (once per reminder time).",
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
      'remindedAt',
    ],
    properties: {
      activityId: UUID,
      type: ACTIVITY_TYPE,
      subject: { type: 'string', minLength: 1 },
      dueAt: DATE_TIME,
      remindAt: DATE_TIME,
      ownerId: NULLABLE_UUID,
      ...ACTIVITY_LINK_PROPERTIES,
      remindedAt: DATE_TIME,
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
    remindedAt: '2025-03-12T09:15:20.000Z',
  },
};
