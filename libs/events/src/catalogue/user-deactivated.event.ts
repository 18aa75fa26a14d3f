import type { EventDefinition } from '../event-definition';
import { DATE_TIME, UUID } from './schema-fragments';

export interface UserDeactivatedPayload {
  userId: string;
  deactivatedAt: string;
}

export const userDeactivated: EventDefinition<'crm.identity.user.deactivated', UserDeactivatedPayload> = {
  type: 'crm.identity.user.deactivated',
  service: 'identity',
  aggregate: 'user',
  version: 1,
  description:
    'A user was deactivated: their refresh tokens are revoked and the gateway refuses their access tokens from now on.',
  aggregateIdField: 'userId',
  schema: {
    type: 'object',
    additionalProperties: false,
    required: ['userId', 'deactivatedAt'],
    properties: {
      userId: UUID,
      deactivatedAt: DATE_TIME,
    },
  },
  example: {
    userId: '01950c80-0000-7000-8000-00000000a11c',
    deactivatedAt: '2025-09-01T10:00:00.000Z',
  },
};
