import type { DataSource } from 'typeorm';
import { childrenPageLoader, loaderById } from '@crm/subgraph-kit';
import { createDocumentLoaders } from './document-loaders';
import { createLeadLoaders } from './lead-loaders';
import { createActivityLoaders } from './activity-loaders';
import { Opportunity } from './data/opportunity.entity';
import { findOpportunitiesByIds } from './data/opportunity.repository';

export function createSalesLoaders(dataSource: DataSource) {
  return {
    ...createDocumentLoaders(dataSource),
    ...createLeadLoaders(dataSource),
    ...createActivityLoaders(dataSource),
    opportunityById: loaderById((ids) => findOpportunitiesByIds(dataSource, ids)),
    opportunitiesOfCustomer: childrenPageLoader(dataSource, {
      entity: Opportunity,
      parentColumn: 'customer_id',
      parentIdOf: (opportunity) => opportunity.customerId,
      ownerColumn: 'owner_id',
    }),
  };
}

export type SalesLoaders = ReturnType<typeof createSalesLoaders>;
