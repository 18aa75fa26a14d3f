import type { EventDefinition } from '../event-definition';
import { DATE_TIME, NULLABLE_UUID, UUID } from './schema-fragments';

export interface UserCreatedPayload {
  userId: string;
  name: string;
  /** Lower-cased. */
  email: string;
  roles: string[];
  teamId: string | null;
  createdAt: string;
}

export const userCreated: EventDefinition<'crm.identity.user.created', UserCreatedPayload> = {
  type: 'crm.identity.user.created',
  service: 'identity',
  aggregate: 'user',
  version: 1,
  description: 'A user was added to the directory, with their roles and team (never their password).',
  aggregateIdField: 'userId',
  schema: {
    type: 'object',
    additionalProperties: false,
    required: ['userId', 'name', 'email', 'roles', 'teamId', 'createdAt'],
    properties: {
      userId: UUID,
      name: { type: 'string', minLength: 1 },
      email: { type: 'string', minLength: 3 },
      roles: { type: 'array', items: { type: 'string' }, minItems: 1 },
      teamId: NULLABLE_UUID,
      createdAt: DATE_TIME,
    },
  },
  example: {
    userId: '01950c80-0000-7000-8000-00000000a11c',
    name: 'Rita Rep',
    email: 'rita@demo.crm.example',
    roles: ['SALES_REP'],
    teamId: '01950c70-0000-7000-8000-000000007ea1',
    createdAt: '2025-09-01T10:00:00.000Z',
  },
};
