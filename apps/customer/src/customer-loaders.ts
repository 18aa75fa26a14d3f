import type { DataSource } from 'typeorm';
import { customerByIdFollowingMerges } from './data/customer-by-id.loader';
import { likelyDuplicatesLoader } from './data/likely-duplicates.loader';
import { createProfileLoaders } from './customer-profile-loaders';
import { createCustomerValueLoaders } from './customer-value-loaders';
import { createInteractionLoaders } from './interaction-loaders';

export function createCustomerLoaders(dataSource: DataSource) {
  return {
    customerById: customerByIdFollowingMerges(dataSource),
    likelyDuplicatesOf: likelyDuplicatesLoader(dataSource),
    ...createProfileLoaders(dataSource),
    ...createCustomerValueLoaders(dataSource),
    ...createInteractionLoaders(dataSource),
  };
}

export type CustomerLoaders = ReturnType<typeof createCustomerLoaders>;
