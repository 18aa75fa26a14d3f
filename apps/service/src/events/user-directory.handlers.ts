import type { EventHandler } from '@crm/messaging';
import {
  recordDeactivation,
  recordRolesOfUser,
  recordTeamOfUser,
  rememberUser,
} from '../data/known-user.repository';

/**
 * identity's user events feed known_users: who works which queue. Each write keeps the time of
 * its event, so the events may arrive in any order, or twice, and the row ends the same.
 */

export const onUserCreated: EventHandler<'crm.identity.user.created'> = async (event, manager) => {
  const { userId, name, teamId, roles, createdAt } = event.data;
  await rememberUser(manager, { userId, name, teamId, roles, createdAt: new Date(createdAt) });
};

export const onUserTeamAssigned: EventHandler<'crm.identity.user.team_assigned'> = async (event, manager) => {
  const { userId, teamId, assignedAt } = event.data;
  await recordTeamOfUser(manager, userId, teamId, new Date(assignedAt));
};

export const onUserRolesChanged: EventHandler<'crm.identity.user.roles_changed'> = async (event, manager) => {
  const { userId, roles, changedAt } = event.data;
  await recordRolesOfUser(manager, userId, roles, new Date(changedAt));
};

export const onUserDeactivated: EventHandler<'crm.identity.user.deactivated'> = async (event, manager) => {
  await recordDeactivation(manager, event.data.userId, new Date(event.data.deactivatedAt));
};
