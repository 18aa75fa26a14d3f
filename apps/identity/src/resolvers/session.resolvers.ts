import { guard, PUBLIC } from '@crm/permissions';
import { scopeOfRequest } from '@crm/subgraph-kit';
import { logIn, logOut, refreshSession } from '../changes/session.changes';
import type { Resolvers } from '../generated/resolvers-types';

/**
 * login, refreshAccessToken and logout: the gateway's public allowlist lets them through without
 * a token (the caller is then ANONYMOUS_CALLER); the credentials in the arguments are the proof.
 */
export const sessionResolvers: Resolvers = {
  Mutation: {
    login: guard(PUBLIC, (_, { email, password }, context) =>
      logIn(
        scopeOfRequest(context),
        { email, password, clientAddress: context.clientAddress },
        context.loaders.sessionIssuer,
      ),
    ),
    refreshAccessToken: guard(PUBLIC, (_, { refreshToken }, context) =>
      refreshSession(scopeOfRequest(context), refreshToken, context.loaders.sessionIssuer),
    ),
    logout: guard(PUBLIC, (_, { refreshToken }, context) => logOut(scopeOfRequest(context), refreshToken)),
  },
};
