import { buildEvent, type EventOrigin } from '@crm/events';
import type { Team } from '../data/team.entity';

/** The events of the team aggregate (topic crm.identity.team.v1). */
export const teamCreatedEvent = (origin: EventOrigin, team: Team) =>
  buildEvent('crm.identity.team.created', {
    subject: team.id,
    ...origin,
    data: {
      teamId: team.id,
      name: team.name,
      managerId: team.managerId,
      createdAt: team.createdAt.toISOString(),
    },
  });
