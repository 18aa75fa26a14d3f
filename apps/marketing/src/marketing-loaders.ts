import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { Clock } from '@crm/scheduler';
import { loaderById, loaderByParent } from '@crm/subgraph-kit';
import { findCampaignsByIds } from './data/campaign.repository';
import { findJourneysByIds } from './data/journey.repository';
import { findMessagesByIds, findMessageTemplatesByIds } from './data/message.repository';
import { activeSegmentsOfCustomers, segmentSizes } from './data/segment-member.repository';
import { findSegmentsByIds } from './data/segment.repository';
import { campaignPartLoaders } from './data/campaign.loaders';
import {
  findCampaignBonusesOf,
  findLoyaltyProgrammesByIds,
  findMembersOfCustomers,
} from './data/loyalty.repository';
import { referralStatsOf } from './data/referral.repository';
import { findRecommendationCustomers } from './data/recommendation-customer.repository';

export function createMarketingLoaders(dataSource: DataSource, clock: Clock) {
  return {
    campaignById: loaderById((ids) => findCampaignsByIds(dataSource, ids)),
    journeyById: loaderById((ids) => findJourneysByIds(dataSource, ids)),
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
    loyaltyProgrammeById: loaderById((ids) => findLoyaltyProgrammesByIds(dataSource, ids)),
    /** At most one membership per customer (loyalty_members.customer_id is unique). */
    loyaltyMembersOfCustomer: loaderByParent(
      (ids) => findMembersOfCustomers(dataSource, ids),
      (m) => m.customerId,
    ),
    campaignBonusesOfProgramme: loaderByParent(
      (ids) => findCampaignBonusesOf(dataSource, ids),
      (b) => b.programmeId,
    ),
    referralStatsOfCustomer: loaderByParent(
      (ids) => referralStatsOf(dataSource, ids),
      (row) => row.customerId,
    ),
    recommendationCustomerById: loaderById((ids) => findRecommendationCustomers(dataSource.manager, ids)),
    /** The marketing clock (a test's ManualClock): dates and windows are judged by it. */
    now: () => clock.now(),
  };
}

export type MarketingLoaders = ReturnType<typeof createMarketingLoaders>;
