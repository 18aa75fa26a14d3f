import type { EventDefinition } from '../event-definition';
import { DATE_TIME, NULLABLE_UUID, UUID } from './schema-fragments';

export interface TeamCreatedPayload {
  teamId: string;
  name: string;
  /** The user who manages the team, if one was named. */
  managerId: string | null;
  createdAt: string;
}

export const teamCreated: EventDefinition<'crm.identity.team.created', TeamCreatedPayload> = {
  type: 'crm.identity.team.created',
  service: 'identity',
  aggregate: 'team',
  version: 1,
  description:
    'A team was created; other services keep it as a projection (e.g. ticket queues reference teams).',
  aggregateIdField: 'teamId',
  schema: {
    type: 'object',
    additionalProperties: false,
    required: ['teamId', 'name', 'managerId', 'createdAt'],
    properties: {
      teamId: UUID,
      name: { type: 'string', minLength: 1 },
      managerId: NULLABLE_UUID,
      createdAt: DATE_TIME,
    },
  },
  example: {
    teamId: '01950c70-0000-7000-8000-000000007ea1',
    name: 'Field sales north',
    managerId: '01950c80-0000-7000-8000-00000000a11c',
    createdAt: '2025-09-01T10:00:00.000Z',
  },
};
