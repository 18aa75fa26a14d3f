import type { EventDefinition } from '../event-definition';
import { DATE_TIME, NULLABLE_UUID, UUID } from './schema-fragments';

export interface UserTeamAssignedPayload {
  userId: string;
  /** The user's team from now on; null when the user was taken off their team. */
  teamId: string | null;
  assignedAt: string;
}

export const userTeamAssigned: EventDefinition<'crm.identity.user.team_assigned', UserTeamAssignedPayload> = {
  type: 'crm.identity.user.team_assigned',
  service: 'identity',
  aggregate: 'user',
  version: 1,
  description: 'A user was put on a team, or taken off their team (teamId null).',
  aggregateIdField: 'userId',
  schema: {
    type: 'object',
    additionalProperties: false,
    required: ['userId', 'teamId', 'assignedAt'],
    properties: {
      userId: UUID,
      teamId: NULLABLE_UUID,
      assignedAt: DATE_TIME,
    },
  },
  example: {
    userId: '01950c80-0000-7000-8000-00000000a11c',
    teamId: '01950c70-0000-7000-8000-000000007ea1',
    assignedAt: '2025-09-01T10:00:00.000Z',
  },
};
