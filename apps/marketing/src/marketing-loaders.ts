import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { Clock } from '@crm/scheduler';
import { loaderById, loaderByParent } from '@crm/subgraph-kit';
import { findCampaignsByIds } from './data/campaign.repository';
import { findMessagesByIds, findMessageTemplatesByIds } from './data/message.repository';
import { activeSegmentsOfCustomers, segmentSizes } from './data/segment-member.repository';
import { findSegmentsByIds } from './data/segment.repository';
import { campaignPartLoaders } from './data/campaign.loaders';

export function createMarketingLoaders(dataSource: DataSource, clock: Clock) {
  return {
    campaignById: loaderById((ids) => findCampaignsByIds(dataSource, ids)),
    messageTemplateById: loaderById((ids) => findMessageTemplatesByIds(dataSource, ids)),
    marketingMessageById: loaderById((ids) => findMessagesByIds(dataSource, ids)),
    segmentById: loaderById((ids) => findSegmentsByIds(dataSource, ids)),
    segmentSize: new DataLoader<string, number>(async (ids) => {
      const sizes = await segmentSizes(dataSource, [...ids]);
      return ids.map((id) => sizes.get(id) ?? 0);
    }),
    segmentsOfCustomer: loaderByParent(
      (ids) => activeSegmentsOfCustomers(dataSource, ids),
      (row) => row.memberId,
    ),
    ...campaignPartLoaders(dataSource),
    /** The marketing clock (a test's ManualClock): dates and windows are judged by it. */
    now: () => clock.now(),
  };
}

export type MarketingLoaders = ReturnType<typeof createMarketingLoaders>;
