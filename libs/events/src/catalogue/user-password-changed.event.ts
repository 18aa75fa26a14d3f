import type { EventDefinition } from '../event-definition';
import { DATE_TIME, UUID } from './schema-fragments';

export interface UserPasswordChangedPayload {
  userId: string;
  /** True when an admin reset it; false when the user changed their own. */
  reset: boolean;
  changedAt: string;
}

export const userPasswordChanged: EventDefinition<
  'crm.identity.user.password_changed',
  UserPasswordChangedPayload
> = {
  type: 'crm.identity.user.password_changed',
  service: 'identity',
  aggregate: 'user',
  version: 1,
  description:
    "A user's password was set; every session (refresh token) of that user ended. Never carries the password.",
  aggregateIdField: 'userId',
  schema: {
    type: 'object',
    additionalProperties: false,
    required: ['userId', 'reset', 'changedAt'],
    properties: {
      userId: UUID,
      reset: { type: 'boolean' },
      changedAt: DATE_TIME,
    },
  },
  example: {
    userId: '01950c80-0000-7000-8000-00000000a11c',
    reset: false,
    changedAt: '2025-09-01T10:00:00.000Z',
  },
};
