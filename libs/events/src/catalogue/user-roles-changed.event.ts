import type { EventDefinition } from '../event-definition';
import { DATE_TIME, UUID } from './schema-fragments';

export interface UserRolesChangedPayload {
  userId: string;
  /** The user's roles from now on (they apply from their next access token). */
  roles: string[];
  changedAt: string;
}

export const userRolesChanged: EventDefinition<'crm.identity.user.roles_changed', UserRolesChangedPayload> = {
  type: 'crm.identity.user.roles_changed',
  service: 'identity',
  aggregate: 'user',
  version: 1,
  description: "A user's roles were replaced.",
  aggregateIdField: 'userId',
  schema: {
    type: 'object',
    additionalProperties: false,
    required: ['userId', 'roles', 'changedAt'],
    properties: {
      userId: UUID,
      roles: { type: 'array', items: { type: 'string' }, minItems: 1 },
      changedAt: DATE_TIME,
    },
  },
  example: {
    userId: '01950c80-0000-7000-8000-00000000a11c',
    roles: ['SALES_MANAGER'],
    changedAt: '2025-09-01T10:00:00.000Z',
  },
};
