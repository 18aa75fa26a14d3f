import type { DataSource } from 'typeorm';
import { loaderById } from '@crm/subgraph-kit';
import { findCustomersByIds } from './data/customer.repository';

export function createCustomerLoaders(dataSource: DataSource) {
  return { customerById: loaderById((ids) => findCustomersByIds(dataSource, ids)) };
}

export type CustomerLoaders = ReturnType<typeof createCustomerLoaders>;
