import type { DataSource } from 'typeorm';
import type { Clock } from '@crm/scheduler';
import { loaderById } from '@crm/subgraph-kit';
import { findCampaignsByIds } from './data/campaign.repository';
import { findMessagesByIds, findMessageTemplatesByIds } from './data/message.repository';

export function createMarketingLoaders(dataSource: DataSource, clock: Clock) {
  return {
    campaignById: loaderById((ids) => findCampaignsByIds(dataSource, ids)),
    messageTemplateById: loaderById((ids) => findMessageTemplatesByIds(dataSource, ids)),
    marketingMessageById: loaderById((ids) => findMessagesByIds(dataSource, ids)),
    /** The marketing clock (a test's ManualClock): dates and windows are judged by it. */
    now: () => clock.now(),
  };
}

export type MarketingLoaders = ReturnType<typeof createMarketingLoaders>;
