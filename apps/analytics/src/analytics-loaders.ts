import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { childrenPageLoader } from '@crm/subgraph-kit';
import { customerFactLoader } from './data/customer-fact.repository';
import { metricsOfCustomers, type CustomerMetrics } from './data/customer-metrics.repository';
import { TimelineEntry } from './data/timeline-entry.entity';

export function createAnalyticsLoaders(dataSource: DataSource) {
  return {
    metricsOfCustomer: new DataLoader<string, CustomerMetrics>(async (customerIds) => {
      const metrics = await metricsOfCustomers(dataSource, [...customerIds]);
      return customerIds.map((id) => metrics.get(id)!);
    }),
    customerFact: customerFactLoader(dataSource),
    timelineOfCustomer: childrenPageLoader(dataSource, {
      entity: TimelineEntry,
      parentColumn: 'customer_id',
      parentIdOf: (entry) => entry.customerId,
      listedBy: { column: 'occurred_at', timeOf: (entry) => entry.occurredAt },
    }),
  };
}

export type AnalyticsLoaders = ReturnType<typeof createAnalyticsLoaders>;
