import type { DataSource } from 'typeorm';
import { loaderById } from '@crm/subgraph-kit';
import { findUsersByIds } from './data/user.repository';

export function createIdentityLoaders(dataSource: DataSource) {
  return { userById: loaderById((ids) => findUsersByIds(dataSource, ids)) };
}

export type IdentityLoaders = ReturnType<typeof createIdentityLoaders>;
