import { GraphQLDateTimeISO } from 'graphql-scalars';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { isUuid, newId } from '@crm/db';
import { badUserInput, notFound } from '@crm/errors';
import { AUTHENTICATED, guard, guardReference, requireScope } from '@crm/permissions';
import {
  createIdempotently,
  parseId,
  recordAudit,
  recordCreation,
  type RequestContext,
} from '@crm/subgraph-kit';
import type { EntityManager } from 'typeorm';
import { revokeRefreshTokensOf } from '../data/refresh-token.repository';
import { User } from '../data/user.entity';
import {
  findUserForUpdate,
  findUserWithPasswordById,
  insertUser,
  listUsers,
  updateUser,
} from '../data/user.repository';
import { auditedUser } from '../domain/audited-user';
import { parseNewUser, parseRoles } from '../domain/new-user';
import { hashPassword, verifyPassword } from '../domain/password-hash';
import { assertPasswordPolicy } from '../domain/password-policy';
import type { IdentityLoaders } from '../identity-loaders';
import { teamById } from './team.resolvers';

type Context = RequestContext<IdentityLoaders>;

interface SetPasswordArgs {
  userId: string;
  newPassword: string;
  currentPassword?: string | null;
}

interface UserChangeArgs {
  id: string;
  version?: number | null;
}

interface CreateUserArgs {
  input: { idempotencyKey?: string | null; password?: string | null };
}

export async function userById(id: string, context: Context, field = 'id'): Promise<User> {
  const user = await context.loaders.userById.load(parseId(field, id));
  if (!user) throw notFound('User', id, field);
  return user;
}

const isCaller = (userId: string, context: Context) => context.caller.userId.toLowerCase() === userId;

/** The caller's own user; a token whose subject is not one of ours (a service account) has none. */
function me(context: Context): Promise<User | null> | null {
  const { userId } = context.caller;
  return isUuid(userId) ? context.loaders.userById.load(userId.toLowerCase()) : null;
}

/**
 * Applies `change` to the user `id` and records it in the audit trail, in one transaction, with
 * the row as it was (locked) and as it is now.
 */
function changeUser(
  context: Context,
  action: string,
  { id, field }: { id: string; field: string },
  change: (manager: EntityManager) => Promise<User>,
): Promise<User> {
  return context.dataSource.transaction(async (manager) => {
    const before = await findUserForUpdate(manager, id);
    if (!before) throw notFound('User', id, field);
    const after = await change(manager);
    await recordAudit(manager, context, {
      action,
      entityType: 'User',
      entityId: id,
      before: auditedUser(before),
      after: auditedUser(after),
    });
    return after;
  });
}

async function createUser({ idempotencyKey, ...input }: CreateUserArgs['input'], context: Context) {
  const { password, ...fields } = parseNewUser(input);
  const passwordHash = password === null ? null : await hashPassword(password);
  // The key's request hash is a fast, unsalted SHA-256: it must not cover the password, or it
  // would undo the slow hash. A retry with another password returns the first user unchanged.
  const request = { ...input, password: password === null ? null : '(given)' };
  const id = await createIdempotently(
    context,
    { operation: 'createUser', key: idempotencyKey, input: request, field: 'input.idempotencyKey' },
    async (manager) => {
      if (fields.teamId) await teamById(fields.teamId, context, 'input.teamId');
      const now = new Date();
      const user = Object.assign(new User(), {
        ...fields,
        id: newId(),
        active: true,
        passwordHash,
        createdAt: now,
        updatedAt: now,
        version: 1,
      });
      await insertUser(manager, user);
      await recordCreation(manager, context, 'createUser', 'User', user, auditedUser(user));
      return user.id;
    },
  );
  return userById(id, context);
}

/**
 * An admin (user:write) sets anyone's password; anyone else only their own, proving the current
 * one. Either way every session of that user ends: a password change is how a stolen one is undone.
 */
async function setPassword(args: SetPasswordArgs, context: Context): Promise<User> {
  const id = parseId('userId', args.userId);
  const ownPassword = isCaller(id, context);
  if (!ownPassword) requireScope(context.caller, 'user:write');
  const passwordHash = await hashPassword(assertPasswordPolicy(args.newPassword, 'newPassword'));
  return context.dataSource.transaction(async (manager) => {
    const user = await findUserWithPasswordById(manager, id);
    if (!user) throw notFound('User', id, 'userId');
    if (ownPassword && !(await verifyPassword(user.passwordHash, args.currentPassword ?? '')))
      throw badUserInput('currentPassword', 'is not your current password; an admin can reset it for you');
    await revokeRefreshTokensOf(manager, id, new Date());
    const updated = await updateUser(manager, id, { passwordHash });
    // The trail says that the password changed, never what it was or became.
    const [before, after] = [{ password: null }, { password: '(changed)' }];
    await recordAudit(manager, context, {
      action: 'setPassword',
      entityType: 'User',
      entityId: id,
      before,
      after,
    });
    return updated;
  });
}

/** Inactive users cannot log in or refresh; their live refresh tokens are revoked now. */
async function deactivateUser({ id, version }: UserChangeArgs, context: Context): Promise<User> {
  const userId = parseId('id', id);
  if (isCaller(userId, context))
    throw badUserInput('id', 'you cannot deactivate yourself; ask another admin');
  return changeUser(context, 'deactivateUser', { id: userId, field: 'id' }, async (manager) => {
    const user = await updateUser(manager, userId, { active: false }, version);
    await revokeRefreshTokensOf(manager, userId, new Date());
    return user;
  });
}

async function changeUserRoles(
  { id, roles, version }: UserChangeArgs & { roles: unknown },
  context: Context,
): Promise<User> {
  const userId = parseId('id', id);
  const newRoles = parseRoles(roles, 'roles');
  // An admin locking themselves out of administration needs another admin to undo it.
  if (isCaller(userId, context) && context.caller.roles.includes('ADMIN') && !newRoles.includes('ADMIN'))
    throw badUserInput('roles', 'you cannot take ADMIN away from yourself; ask another admin');
  return changeUser(context, 'changeUserRoles', { id: userId, field: 'id' }, (manager) =>
    updateUser(manager, userId, { roles: newRoles }, version),
  );
}

async function assignUserToTeam(
  { userId, teamId, version }: { userId: string; teamId?: string | null; version?: number | null },
  context: Context,
): Promise<User> {
  const id = parseId('userId', userId);
  // Only null (or no argument) takes the user off their team; "" is a malformed id like any other.
  const team = teamId === null || teamId === undefined ? null : await teamById(teamId, context, 'teamId');
  return changeUser(context, 'assignUserToTeam', { id, field: 'userId' }, (manager) =>
    updateUser(manager, id, { teamId: team?.id ?? null }, version),
  );
}

export const userResolvers: GraphQLResolverMap<Context> = {
  DateTime: GraphQLDateTimeISO,
  Query: {
    user: guard('user:read', (_: unknown, { id }: { id: string }, context: Context) => userById(id, context)),
    users: guard(
      'user:read',
      (_: unknown, page: { first?: number | null; after?: string | null }, context: Context) =>
        listUsers(context.dataSource, page),
    ),
    me: guard(AUTHENTICATED, (_: unknown, _args: unknown, context: Context) => me(context)),
  },
  Mutation: {
    createUser: guard('user:write', (_: unknown, { input }: CreateUserArgs, context: Context) =>
      createUser(input, context),
    ),
    // Guarded for any caller: the resolver decides between an admin reset and a user's own change.
    setPassword: guard(AUTHENTICATED, (_: unknown, args: SetPasswordArgs, context: Context) =>
      setPassword(args, context),
    ),
    deactivateUser: guard('user:write', (_: unknown, args: UserChangeArgs, context: Context) =>
      deactivateUser(args, context),
    ),
    changeUserRoles: guard(
      'user:write',
      (_: unknown, args: UserChangeArgs & { roles: unknown }, context: Context) =>
        changeUserRoles(args, context),
    ),
    assignUserToTeam: guard(
      'user:write',
      (_: unknown, args: { userId: string; teamId?: string | null }, context: Context) =>
        assignUserToTeam(args, context),
    ),
  },
  User: {
    __resolveReference: guardReference('user:read', (reference: { id: string }, context: Context) =>
      context.loaders.userById.load(reference.id),
    ),
    team: (user: User, _: unknown, context: Context) =>
      user.teamId ? context.loaders.teamById.load(user.teamId) : null,
    /** The manager of the user's team; none without a team, or for the team's own manager. */
    manager: async (user: User, _: unknown, context: Context) => {
      const team = user.teamId ? await context.loaders.teamById.load(user.teamId) : null;
      return team && team.managerId !== user.id ? context.loaders.userById.load(team.managerId) : null;
    },
  },
};
