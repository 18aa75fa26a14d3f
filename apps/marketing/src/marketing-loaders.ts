import type { DataSource } from 'typeorm';
import type { Clock } from '@crm/scheduler';
import { loaderById } from '@crm/subgraph-kit';
import { findCampaignsByIds } from './data/campaign.repository';
import { findRecommendationCustomers } from './data/recommendation-customer.repository';

export function createMarketingLoaders(dataSource: DataSource, clock: Clock) {
  return {
    campaignById: loaderById((ids) => findCampaignsByIds(dataSource, ids)),
    recommendationCustomerById: loaderById((ids) => findRecommendationCustomers(dataSource.manager, ids)),
    /** The marketing clock (a test's ManualClock): dates and windows are judged by it. */
    now: () => clock.now(),
  };
}

export type MarketingLoaders = ReturnType<typeof createMarketingLoaders>;
