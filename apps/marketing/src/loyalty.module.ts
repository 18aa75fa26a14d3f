import { LoyaltyCampaignBonus } from './data/loyalty-campaign-bonus.entity';
import { LoyaltyLedgerEntry } from './data/loyalty-ledger-entry.entity';
import { LoyaltyMember } from './data/loyalty-member.entity';
import { LoyaltyProgramme } from './data/loyalty-programme.entity';
import { CreateLoyalty1764000004500 } from './data/migrations/1764000004500-create-loyalty';
import { CreateLoyaltyCampaignBonuses1764000004520 } from './data/migrations/1764000004520-create-loyalty-campaign-bonuses';
import { loyaltyHandlers } from './events/loyalty.handlers';
import { jobCron } from './jobs/job-cron';
import { loyaltyExpiryJob } from './jobs/loyalty-expiry.job';
import type { MarketingModule } from './marketing-module';
import { loyaltyResolvers } from './resolvers/loyalty.resolvers';

/** Loyalty programmes, members, points from payments, redemption and daily expiry (issue 13 §5). */
export const loyaltyModule: MarketingModule = {
  resolvers: [loyaltyResolvers],
  entities: [LoyaltyProgramme, LoyaltyMember, LoyaltyLedgerEntry, LoyaltyCampaignBonus],
  migrations: [CreateLoyalty1764000004500, CreateLoyaltyCampaignBonuses1764000004520],
  eventHandlers: () => loyaltyHandlers,
  jobs: (dataSource, { env }) => [
    loyaltyExpiryJob(dataSource, jobCron(env, 'MARKETING_LOYALTY_EXPIRY_CRON', '30 2 * * *')),
  ],
};
