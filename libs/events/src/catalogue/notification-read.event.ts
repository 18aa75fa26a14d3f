import type { EventDefinition } from '../event-definition';
import { DATE_TIME, UUID } from './schema-fragments';

export interface NotificationReadPayload {
  notificationId: string;
  recipientId: string;
  readAt: string;
}

export const notificationRead: EventDefinition<
  'crm.notification.notification.read',
  NotificationReadPayload
> = {
  type: 'crm.notification.notification.read',
  service: 'notification',
  aggregate: 'notification',
  version: 1,
  description:
    'Its recipient marked a notification read (one by one, or all at once); a second mark publishes nothing.',
  aggregateIdField: 'notificationId',
  schema: {
    type: 'object',
    additionalProperties: false,
    required: ['notificationId', 'recipientId', 'readAt'],
    properties: { notificationId: UUID, recipientId: UUID, readAt: DATE_TIME },
  },
  example: {
    notificationId: '01950d00-1111-7000-8000-000000000001',
    recipientId: '01950c80-0000-7000-8000-00000000a11c',
    readAt: '2025-03-01T10:00:00.000Z',
  },
};
