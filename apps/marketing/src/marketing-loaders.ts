import type { DataSource } from 'typeorm';
import { loaderById } from '@crm/subgraph-kit';
import { findCampaignsByIds } from './data/campaign.repository';

export function createMarketingLoaders(dataSource: DataSource) {
  return { campaignById: loaderById((ids) => findCampaignsByIds(dataSource, ids)) };
}

export type MarketingLoaders = ReturnType<typeof createMarketingLoaders>;
