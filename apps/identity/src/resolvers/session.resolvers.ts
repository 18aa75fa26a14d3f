import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { guard, PUBLIC } from '@crm/permissions';
import { scopeOfRequest, type RequestContext } from '@crm/subgraph-kit';
import { logIn, logOut, refreshSession } from '../changes/session.changes';
import type { IdentityLoaders } from '../identity-loaders';

type Context = RequestContext<IdentityLoaders>;

/**
 * login, refreshAccessToken and logout: the gateway's public allowlist lets them through without
 * a token (the caller is then ANONYMOUS_CALLER); the credentials in the arguments are the proof.
 */
export const sessionResolvers: GraphQLResolverMap<Context> = {
  Mutation: {
    login: guard(
      PUBLIC,
      (_: unknown, { email, password }: { email: string; password: string }, context: Context) =>
        logIn(
          scopeOfRequest(context),
          { email, password, clientAddress: context.clientAddress },
          context.loaders.sessionIssuer,
        ),
    ),
    refreshAccessToken: guard(
      PUBLIC,
      (_: unknown, { refreshToken }: { refreshToken: string }, context: Context) =>
        refreshSession(scopeOfRequest(context), refreshToken, context.loaders.sessionIssuer),
    ),
    logout: guard(PUBLIC, (_: unknown, { refreshToken }: { refreshToken: string }, context: Context) =>
      logOut(scopeOfRequest(context), refreshToken),
    ),
  },
};
