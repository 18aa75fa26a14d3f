import { GraphQLDateTimeISO } from 'graphql-scalars';
import { isUuid } from '@crm/db';
import { notFound } from '@crm/errors';
import { AUTHENTICATED, guard, guardReference, requireScope } from '@crm/permissions';
import { runIdempotently, parseId, scopeOfRequest } from '@crm/subgraph-kit';
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
import type { MutationCreateUserArgs, Resolvers } from '../generated/resolvers-types';
import type { IdentityContext } from '../identity-context';

export async function userById(id: string, context: IdentityContext, field = 'id'): Promise<User> {
  const user = await context.loaders.userById.load(parseId(field, id));
  if (!user) throw notFound('User', id, field);
  return user;
}

/** The caller's own user; a token whose subject is not one of ours (a service account) has none. */
function me(context: IdentityContext): Promise<User | null> | null {
  const { userId } = context.caller;
  return isUuid(userId) ? context.loaders.userById.load(userId.toLowerCase()) : null;
}

async function createUserOnce(
  { idempotencyKey, ...input }: MutationCreateUserArgs['input'],
  context: IdentityContext,
) {
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
  const id = await runIdempotently(scopeOfRequest(context), request, async (scope) => {
    const user = await createUser(scope, { ...fields, passwordHash });
    return user.id;
  });
  return userById(id, context);
}

export const userResolvers: Resolvers = {
  DateTime: GraphQLDateTimeISO,
  Query: {
    user: guard('user:read', (_, { id }, context) => userById(id, context)),
    users: guard('user:read', (_, page, context) => listUsers(context.dataSource, page)),
    me: guard(AUTHENTICATED, (_, _args, context) => me(context)),
  },
  Mutation: {
    createUser: guard('user:write', (_, { input }, context) => createUserOnce(input, context)),
    // Any caller sets their own password; only admins (user:write) set someone else's.
    setPassword: guard(AUTHENTICATED, async (_, args, context) => {
      const userId = parseId('userId', args.userId);
      if (!isOwnPassword(context.caller, userId)) requireScope(context.caller, 'user:write');
      const passwordHash = await hashPassword(assertPasswordPolicy(args.newPassword, 'newPassword'));
      return setPassword(scopeOfRequest(context), {
        userId,
        passwordHash,
        currentPassword: args.currentPassword,
      });
    }),
    deactivateUser: guard('user:write', (_, { id, version }, context) =>
      deactivateUser(scopeOfRequest(context), { userId: parseId('id', id), version }),
    ),
    changeUserRoles: guard('user:write', (_, { id, roles, version }, context) =>
      changeUserRoles(scopeOfRequest(context), {
        userId: parseId('id', id),
        roles: parseRoles(roles, 'roles'),
        version,
      }),
    ),
    assignUserToTeam: guard('user:write', (_, { userId, teamId, version }, context) =>
      assignUserToTeam(scopeOfRequest(context), {
        userId: parseId('userId', userId),
        // Only null (or no argument) takes the user off their team; "" is a malformed id like any other.
        teamId: teamId === null || teamId === undefined ? null : parseId('teamId', teamId),
        version,
      }),
    ),
  },
  User: {
    __resolveReference: guardReference('user:read', (reference, context) =>
      context.loaders.userById.load(reference.id),
    ),
    team: (user, _, context) => (user.teamId ? context.loaders.teamById.load(user.teamId) : null),
    /** The manager of the user's team; none without a team, or for the team's own manager. */
    manager: async (user, _, context) => {
      const team = user.teamId ? await context.loaders.teamById.load(user.teamId) : null;
      return team && team.managerId !== user.id ? context.loaders.userById.load(team.managerId) : null;
    },
  },
};
