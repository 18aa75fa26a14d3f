import { gql } from 'graphql-tag';
import { jwksOf } from '@crm/auth';
import type { ServiceConfig } from '@crm/config';
import { readSubgraphSdl, startSubgraph, type RunningSubgraph } from '@crm/subgraph-kit';
import { CreateUsers1764000000300 } from './data/migrations/1764000000300-create-users';
import { AddTeamsPasswordsRefreshTokens1764000000310 } from './data/migrations/1764000000310-add-teams-passwords-refresh-tokens';
import { CreateLoginFailures1764000000320 } from './data/migrations/1764000000320-create-login-failures';
import { RefreshToken } from './data/refresh-token.entity';
import { Team } from './data/team.entity';
import { User } from './data/user.entity';
import { createIdentityLoaders } from './identity-loaders';
import { loadIdentitySigningKey } from './identity-signing-key';
import { sessionResolvers } from './resolvers/session.resolvers';
import { teamResolvers } from './resolvers/team.resolvers';
import { userResolvers } from './resolvers/user.resolvers';
import type { SessionIssuer } from './changes/session.changes';
import { LoginThrottle } from './sessions/login-throttle';

export const identityTypeDefs = gql(readSubgraphSdl(__dirname));

export async function startIdentitySubgraph(config: ServiceConfig): Promise<RunningSubgraph> {
  const signingKey = await loadIdentitySigningKey(config.nodeEnv);
  // Loaders are made per request; the issuer (and its throttle's timers) once per data source.
  let sessionIssuer: SessionIssuer | undefined;
  return startSubgraph({
    config,
    typeDefs: identityTypeDefs,
    resolvers: [userResolvers, teamResolvers, sessionResolvers],
    entities: [User, Team, RefreshToken],
    migrations: [
      CreateUsers1764000000300,
      AddTeamsPasswordsRefreshTokens1764000000310,
      CreateLoginFailures1764000000320,
    ],
    createLoaders: (dataSource) =>
      createIdentityLoaders(
        dataSource,
        (sessionIssuer ??= { signingKey, throttle: new LoginThrottle(dataSource, config.service) }),
      ),
    // Public keys of user access tokens, for the gateway (RFC 7517).
    routes: (app) =>
      app.get('/.well-known/jwks.json', (_req, res) => {
        res.set('cache-control', 'public, max-age=300').json(jwksOf(signingKey));
      }),
  });
}
