import type { DataSource } from 'typeorm';
import { childrenPageLoader } from '@crm/subgraph-kit';
import { LifecycleChange } from './data/lifecycle-change.entity';
import { TierChange } from './data/tier-change.entity';

/** Lifecycle and tier histories of many customers, one query per page request. */
export function createCustomerValueLoaders(dataSource: DataSource) {
  return {
    lifecycleHistoryOfCustomer: childrenPageLoader(dataSource, {
      entity: LifecycleChange,
      parentColumn: 'customer_id',
      parentIdOf: (change) => change.customerId,
    }),
    tierHistoryOfCustomer: childrenPageLoader(dataSource, {
      entity: TierChange,
      parentColumn: 'customer_id',
      parentIdOf: (change) => change.customerId,
    }),
  };
}
