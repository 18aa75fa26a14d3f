import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { loaderById, type Connection, type PageRequest } from '@crm/subgraph-kit';
import type { Opportunity } from './data/opportunity.entity';
import { findOpportunitiesByIds, pageOpportunitiesOfCustomers } from './data/opportunity.repository';

interface CustomerPageKey extends PageRequest {
  customerId: string;
}

const pageKeyOf = (key: PageRequest) => `${key.first ?? ''}|${key.after ?? ''}`;

/** Batches Customer.opportunities across a whole list: one query per distinct page request. */
function opportunitiesOfCustomerLoader(dataSource: DataSource) {
  return new DataLoader<CustomerPageKey, Connection<Opportunity>, string>(
    async (keys) => {
      const pages = new Map<string, Map<string, Connection<Opportunity>>>();
      for (const key of keys) {
        const pageKey = pageKeyOf(key);
        if (pages.has(pageKey)) continue;
        const customerIds = keys.filter((other) => pageKeyOf(other) === pageKey).map((k) => k.customerId);
        pages.set(pageKey, await pageOpportunitiesOfCustomers(dataSource, customerIds, key));
      }
      return keys.map((key) => pages.get(pageKeyOf(key))!.get(key.customerId)!);
    },
    { cacheKeyFn: (key) => `${key.customerId}|${pageKeyOf(key)}` },
  );
}

export function createSalesLoaders(dataSource: DataSource) {
  return {
    opportunityById: loaderById((ids) => findOpportunitiesByIds(dataSource, ids)),
    opportunitiesOfCustomer: opportunitiesOfCustomerLoader(dataSource),
  };
}

export type SalesLoaders = ReturnType<typeof createSalesLoaders>;
