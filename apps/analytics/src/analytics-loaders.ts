import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { metricsOfCustomers, type CustomerMetrics } from './data/customer-metrics.repository';

export function createAnalyticsLoaders(dataSource: DataSource) {
  return {
    metricsOfCustomer: new DataLoader<string, CustomerMetrics>(async (customerIds) => {
      const metrics = await metricsOfCustomers(dataSource, [...customerIds]);
      return customerIds.map((id) => metrics.get(id)!);
    }),
  };
}

export type AnalyticsLoaders = ReturnType<typeof createAnalyticsLoaders>;
