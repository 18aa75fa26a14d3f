import type { DataSource } from 'typeorm';
import type { SigningKey } from '@crm/auth';
import { loaderById, loaderByParent } from '@crm/subgraph-kit';
import { findTeamsByIds } from './data/team.repository';
import { findUsersByIds, findUsersByTeamIds } from './data/user.repository';
import { SessionService } from './sessions/session.service';

/**
 * What identity adds to each request's context: batched loaders, and the session service that
 * signs with identity's key (the kit's per-request hook is how resolvers reach the key).
 */
export function createIdentityLoaders(dataSource: DataSource, signingKey: SigningKey) {
  return {
    userById: loaderById((ids) => findUsersByIds(dataSource, ids)),
    teamById: loaderById((ids) => findTeamsByIds(dataSource, ids)),
    membersByTeamId: loaderByParent(
      (teamIds) => findUsersByTeamIds(dataSource, teamIds),
      (user) => user.teamId ?? '',
    ),
    sessions: new SessionService(dataSource, signingKey),
  };
}

export type IdentityLoaders = ReturnType<typeof createIdentityLoaders>;
