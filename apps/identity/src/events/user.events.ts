import { buildEvent, type EventOrigin } from '@crm/events';
import type { User } from '../data/user.entity';

/** The events of the user aggregate (topic crm.identity.user.v1), built from the row as changed. */
export const userCreatedEvent = (origin: EventOrigin, user: User) =>
  buildEvent('crm.identity.user.created', {
    subject: user.id,
    ...origin,
    data: {
      userId: user.id,
      name: user.name,
      email: user.email,
      roles: [...user.roles],
      teamId: user.teamId,
      createdAt: user.createdAt.toISOString(),
    },
  });

export const userDeactivatedEvent = (origin: EventOrigin, user: User, at: Date) =>
  buildEvent('crm.identity.user.deactivated', {
    subject: user.id,
    ...origin,
    data: { userId: user.id, deactivatedAt: at.toISOString() },
  });

export const userRolesChangedEvent = (origin: EventOrigin, user: User, at: Date) =>
  buildEvent('crm.identity.user.roles_changed', {
    subject: user.id,
    ...origin,
    data: { userId: user.id, roles: [...user.roles], changedAt: at.toISOString() },
  });

export const userTeamAssignedEvent = (origin: EventOrigin, user: User, at: Date) =>
  buildEvent('crm.identity.user.team_assigned', {
    subject: user.id,
    ...origin,
    data: { userId: user.id, teamId: user.teamId, assignedAt: at.toISOString() },
  });

export const userPasswordChangedEvent = (origin: EventOrigin, userId: string, reset: boolean, at: Date) =>
  buildEvent('crm.identity.user.password_changed', {
    subject: userId,
    ...origin,
    data: { userId, reset, changedAt: at.toISOString() },
  });
