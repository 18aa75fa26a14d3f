import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gql } from 'graphql-tag';
import { jwksOf } from '@crm/auth';
import type { ServiceConfig } from '@crm/config';
import { startSubgraph, type RunningSubgraph } from '@crm/subgraph-kit';
import { CreateUsers1764000000300 } from './data/migrations/1764000000300-create-users';
import { User } from './data/user.entity';
import { createIdentityLoaders } from './identity-loaders';
import { loadIdentitySigningKey } from './identity-signing-key';
import { userResolvers } from './resolvers/user.resolvers';

export const identityTypeDefs = gql(readFileSync(join(__dirname, 'schema.graphql'), 'utf8'));

export async function startIdentitySubgraph(config: ServiceConfig): Promise<RunningSubgraph> {
  const signingKey = await loadIdentitySigningKey();
  return startSubgraph({
    config,
    typeDefs: identityTypeDefs,
    resolvers: [userResolvers],
    entities: [User],
    migrations: [CreateUsers1764000000300],
    createLoaders: createIdentityLoaders,
    // Public keys of user access tokens, for the gateway (RFC 7517).
    routes: (app) => app.get('/.well-known/jwks.json', (_req, res) => void res.json(jwksOf(signingKey))),
  });
}
