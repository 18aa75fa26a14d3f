import type { DataSource } from 'typeorm';
import { loaderById, loaderByParent } from '@crm/subgraph-kit';
import type { SessionIssuer } from './changes/session.changes';
import { findTeamsByIds } from './data/team.repository';
import { findUsersByIds, findUsersByTeamIds } from './data/user.repository';

/**
 * What identity adds to each request's context: batched loaders, and the session issuer (signing
 * key and login throttle, one per process; the kit's per-request hook is how resolvers reach it).
 */
export function createIdentityLoaders(dataSource: DataSource, sessionIssuer: SessionIssuer) {
  return {
    userById: loaderById((ids) => findUsersByIds(dataSource, ids)),
    teamById: loaderById((ids) => findTeamsByIds(dataSource, ids)),
    membersByTeamId: loaderByParent(
      (teamIds) => findUsersByTeamIds(dataSource, teamIds),
      (user) => user.teamId ?? '',
    ),
    sessionIssuer,
  };
}

export type IdentityLoaders = ReturnType<typeof createIdentityLoaders>;
