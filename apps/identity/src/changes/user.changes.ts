import { newId } from '@crm/db';
import { badUserInput } from '@crm/errors';
import { runChange, type ChangeScope } from '@crm/subgraph-kit';
import { revokeRefreshTokensOf } from '../data/refresh-token.repository';
import { Team } from '../data/team.entity';
import { User } from '../data/user.entity';
import { asEmailConflict, findUserWithPasswordById, setPasswordHash } from '../data/user.repository';
import { auditedUser } from '../domain/audited-user';
import type { NewUser } from '../domain/new-user';
import { verifyPassword } from '../domain/password-hash';
import { assertKeepsOwnAdmin, assertMayDeactivate, isOwnPassword } from '../domain/user-administration';
import type { Role } from '@crm/permissions';
import {
  userCreatedEvent,
  userDeactivatedEvent,
  userPasswordChangedEvent,
  userRolesChangedEvent,
  userTeamAssignedEvent,
} from '../events/user.events';

/** A version the caller read; CONFLICT when the user changed since. */
type ExpectedVersion = number | null | undefined;

/** Adds a user; `passwordHash` is already the slow hash (never the password). */
export function createUser(
  scope: ChangeScope,
  fields: Omit<NewUser, 'password'> & { passwordHash: string | null },
): Promise<User> {
  return runChange(scope, async (change) => {
    if (fields.teamId)
      await change.lock(Team, fields.teamId, { field: 'input.teamId', mode: 'for_no_key_update' });
    const now = new Date();
    const user = Object.assign(new User(), {
      ...fields,
      id: newId(),
      active: true,
      createdAt: now,
      updatedAt: now,
      version: 1,
    });
    try {
      await change.insert(User, user, { action: 'createUser', shown: auditedUser(user) });
    } catch (error) {
      throw asEmailConflict(error, user.email);
    }
    change.publish(userCreatedEvent(change.origin, user));
    return user;
  });
}

/**
 * An admin (user:write, checked by the resolver) sets anyone's password; a user only their own,
 * proving the current one. Either way every session of that user ends: a password change is how
 * a stolen one is undone.
 */
export function setPassword(
  scope: ChangeScope,
  {
    userId,
    passwordHash,
    currentPassword,
  }: { userId: string; passwordHash: string; currentPassword?: string | null },
): Promise<User> {
  const own = isOwnPassword(scope.caller, userId);
  return runChange(scope, async (change) => {
    const user = await change.lock(User, userId, { field: 'userId' });
    if (own) {
      const stored = await findUserWithPasswordById(change.manager, userId);
      if (!(await verifyPassword(stored?.passwordHash, currentPassword ?? '')))
        throw badUserInput('currentPassword', 'is not your current password; an admin can reset it for you');
    }
    const now = new Date();
    await revokeRefreshTokensOf(change.manager, userId, now);
    const after = await setPasswordHash(change.manager, user, passwordHash, now);
    // The trail says that the password changed, never what it was or became.
    change.audit({
      action: 'setPassword',
      entityType: 'User',
      entityId: userId,
      before: { password: null },
      after: { password: '(changed)' },
    });
    change.publish(userPasswordChangedEvent(change.origin, userId, !own, now));
    return after;
  });
}

/** Inactive users cannot log in or refresh; their live refresh tokens are revoked now. */
export function deactivateUser(
  scope: ChangeScope,
  { userId, version }: { userId: string; version?: ExpectedVersion },
): Promise<User> {
  assertMayDeactivate(scope.caller, userId);
  return runChange(scope, async (change) => {
    const before = await change.lock(User, userId, { version, field: 'id' });
    const now = new Date();
    const after = await change.update(User, before, { active: false }, { action: 'deactivateUser' });
    await revokeRefreshTokensOf(change.manager, userId, now);
    change.publish(userDeactivatedEvent(change.origin, after, now));
    return after;
  });
}

export function changeUserRoles(
  scope: ChangeScope,
  { userId, roles, version }: { userId: string; roles: Role[]; version?: ExpectedVersion },
): Promise<User> {
  assertKeepsOwnAdmin(scope.caller, userId, roles);
  return runChange(scope, async (change) => {
    const before = await change.lock(User, userId, { version, field: 'id' });
    const after = await change.update(User, before, { roles }, { action: 'changeUserRoles' });
    change.publish(userRolesChangedEvent(change.origin, after, new Date()));
    return after;
  });
}

/** Moves a user into a team, or out of any team with `teamId` null. */
export function assignUserToTeam(
  scope: ChangeScope,
  { userId, teamId, version }: { userId: string; teamId: string | null; version?: ExpectedVersion },
): Promise<User> {
  return runChange(scope, async (change) => {
    if (teamId) await change.lock(Team, teamId, { field: 'teamId', mode: 'for_no_key_update' });
    const before = await change.lock(User, userId, { version, field: 'userId' });
    const after = await change.update(User, before, { teamId }, { action: 'assignUserToTeam' });
    change.publish(userTeamAssignedEvent(change.origin, after, new Date()));
    return after;
  });
}
