import type { DataSource } from 'typeorm';
import type { Clock } from '@crm/scheduler';
import { loaderById, loaderByParent } from '@crm/subgraph-kit';
import { findCampaignsByIds } from './data/campaign.repository';
import {
  findCampaignBonusesOf,
  findLoyaltyProgrammesByIds,
  findMembersOfCustomers,
} from './data/loyalty.repository';
import { referralStatsOf } from './data/referral.repository';

export function createMarketingLoaders(dataSource: DataSource, clock: Clock) {
  return {
    campaignById: loaderById((ids) => findCampaignsByIds(dataSource, ids)),
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
    /** The marketing clock (a test's ManualClock): dates and windows are judged by it. */
    now: () => clock.now(),
  };
}

export type MarketingLoaders = ReturnType<typeof createMarketingLoaders>;
