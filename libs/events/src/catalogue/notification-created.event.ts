import type { EventDefinition } from '../event-definition';
import { DATE_TIME, UUID } from './schema-fragments';
import {
  NOTIFICATION_KIND,
  NOTIFICATION_SUBJECT_TYPE,
  type NotificationKindName,
  type NotificationSubjectTypeName,
} from './notification-fields.schema';

export interface NotificationCreatedPayload {
  notificationId: string;
  recipientId: string;
  kind: NotificationKindName;
  subjectType: NotificationSubjectTypeName;
  subjectId: string;
  /** The event the notification tells of: one notification per event, recipient and kind. */
  sourceEventId: string;
  createdAt: string;
}

export const notificationCreated: EventDefinition<
  'crm.notification.notification.created',
  NotificationCreatedPayload
> = {
  type: 'crm.notification.notification.created',
  service: 'notification',
  aggregate: 'notification',
  version: 1,
  description:
    'A user was told of something in their inbox (a lead assigned, a large deal, an SLA breach…); the title and body stay in the inbox.',
  aggregateIdField: 'notificationId',
  schema: {
    type: 'object',
    additionalProperties: false,
    required: [
      'notificationId',
      'recipientId',
      'kind',
      'subjectType',
      'subjectId',
      'sourceEventId',
      'createdAt',
    ],
    properties: {
      notificationId: UUID,
      recipientId: UUID,
      kind: NOTIFICATION_KIND,
      subjectType: NOTIFICATION_SUBJECT_TYPE,
      subjectId: UUID,
      sourceEventId: UUID,
      createdAt: DATE_TIME,
    },
  },
  example: {
    notificationId: '01950d00-1111-7000-8000-000000000001',
    recipientId: '01950c80-0000-7000-8000-00000000a11c',
    kind: 'LARGE_DEAL_DETECTED',
    subjectType: 'Opportunity',
    subjectId: '01950c8b-1a2b-7c3d-9e4f-5a6b7c8d9e0f',
    sourceEventId: '01950c8b-2222-7000-8000-000000000002',
    createdAt: '2025-03-01T09:00:01.000Z',
  },
};
