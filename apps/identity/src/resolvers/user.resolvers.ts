import { GraphQLDateTimeISO } from 'graphql-scalars';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { isUuid } from '@crm/db';
import { notFound } from '@crm/errors';
import { AUTHENTICATED, guard, guardReference, requireScope } from '@crm/permissions';
import { createIdempotently, parseId, scopeOfRequest, type RequestContext } from '@crm/subgraph-kit';
import {
  assignUserToTeam,
  changeUserRoles,
  createUser,
  deactivateUser,
  setPassword,
} from '../changes/user.changes';
import type { User } from '../data/user.entity';
import { listUsers } from '../data/user.repository';
import { parseNewUser, parseRoles } from '../domain/new-user';
import { hashPassword } from '../domain/password-hash';
import { assertPasswordPolicy } from '../domain/password-policy';
import { isOwnPassword } from '../domain/user-administration';
import type { IdentityLoaders } from '../identity-loaders';

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

interface AssignUserToTeamArgs {
  userId: string;
  teamId?: string | null;
  version?: number | null;
}

export async function userById(id: string, context: Context, field = 'id'): Promise<User> {
  const user = await context.loaders.userById.load(parseId(field, id));
  if (!user) throw notFound('User', id, field);
  return user;
}

/** The caller's own user; a token whose subject is not one of ours (a service account) has none. */
function me(context: Context): Promise<User | null> | null {
  const { userId } = context.caller;
  return isUuid(userId) ? context.loaders.userById.load(userId.toLowerCase()) : null;
}

async function createUserOnce({ idempotencyKey, ...input }: CreateUserArgs['input'], context: Context) {
  const { password, ...fields } = parseNewUser(input);
  const passwordHash = password === null ? null : await hashPassword(password);
  // The key's request hash is a fast, unsalted SHA-256: it must not cover the password, or it
  // would undo the slow hash. A retry with another password returns the first user unchanged.
  const request = {
    operation: 'createUser',
    key: idempotencyKey,
    input: { ...input, password: password === null ? null : '(given)' },
    field: 'input.idempotencyKey',
  };
  const id = await createIdempotently(context, request, async (manager) => {
    const user = await createUser({ ...scopeOfRequest(context), db: manager }, { ...fields, passwordHash });
    return user.id;
  });
  return userById(id, context);
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
      createUserOnce(input, context),
    ),
    // Any caller sets their own password; only admins (user:write) set someone else's.
    setPassword: guard(AUTHENTICATED, async (_: unknown, args: SetPasswordArgs, context: Context) => {
      const userId = parseId('userId', args.userId);
      if (!isOwnPassword(context.caller, userId)) requireScope(context.caller, 'user:write');
      const passwordHash = await hashPassword(assertPasswordPolicy(args.newPassword, 'newPassword'));
      return setPassword(scopeOfRequest(context), {
        userId,
        passwordHash,
        currentPassword: args.currentPassword,
      });
    }),
    deactivateUser: guard('user:write', (_: unknown, { id, version }: UserChangeArgs, context: Context) =>
      deactivateUser(scopeOfRequest(context), { userId: parseId('id', id), version }),
    ),
    changeUserRoles: guard(
      'user:write',
      (_: unknown, { id, roles, version }: UserChangeArgs & { roles: unknown }, context: Context) =>
        changeUserRoles(scopeOfRequest(context), {
          userId: parseId('id', id),
          roles: parseRoles(roles, 'roles'),
          version,
        }),
    ),
    assignUserToTeam: guard(
      'user:write',
      (_: unknown, { userId, teamId, version }: AssignUserToTeamArgs, context: Context) =>
        assignUserToTeam(scopeOfRequest(context), {
          userId: parseId('userId', userId),
          // Only null (or no argument) takes the user off their team; "" is a malformed id like any other.
          teamId: teamId === null || teamId === undefined ? null : parseId('teamId', teamId),
          version,
        }),
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
