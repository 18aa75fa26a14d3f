import { GraphQLDateTimeISO } from 'graphql-scalars';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { isUuid, newId } from '@crm/db';
import { notFound } from '@crm/errors';
import { parseId, type RequestContext } from '@crm/subgraph-kit';
import { User } from '../data/user.entity';
import { insertUser, listUsers } from '../data/user.repository';
import { parseNewUser } from '../domain/new-user';
import type { IdentityLoaders } from '../identity-loaders';

type Context = RequestContext<IdentityLoaders>;

async function userById(id: string, context: Context): Promise<User> {
  const user = await context.loaders.userById.load(parseId('id', id));
  if (!user) throw notFound('User', id, 'id');
  return user;
}

/** The caller's own user; a token whose subject is not one of ours (a service account) has none. */
function me(context: Context): Promise<User | null> | null {
  const { userId } = context.caller;
  return isUuid(userId) ? context.loaders.userById.load(userId.toLowerCase()) : null;
}

async function createUser(input: unknown, context: Context): Promise<User> {
  const fields = parseNewUser(input);
  const now = new Date();
  const user = Object.assign(new User(), {
    ...fields,
    id: newId(),
    active: true,
    createdAt: now,
    updatedAt: now,
    version: 1,
  });
  await insertUser(context.dataSource.manager, user);
  return user;
}

export const userResolvers: GraphQLResolverMap<Context> = {
  DateTime: GraphQLDateTimeISO,
  Query: {
    user: (_: unknown, { id }: { id: string }, context: Context) => userById(id, context),
    users: (_: unknown, page: { first?: number | null; after?: string | null }, context: Context) =>
      listUsers(context.dataSource, page),
    me: (_: unknown, _args: unknown, context: Context) => me(context),
  },
  Mutation: {
    createUser: (_: unknown, { input }: { input: unknown }, context: Context) => createUser(input, context),
  },
  User: {
    __resolveReference: (reference: { id: string }, context: Context) =>
      context.loaders.userById.load(reference.id),
  },
};
