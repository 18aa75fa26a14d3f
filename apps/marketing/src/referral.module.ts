import { CreateReferrals1764000004510 } from './data/migrations/1764000004510-create-referrals';
import { ReferralCustomer } from './data/referral-customer.entity';
import { Referral } from './data/referral.entity';
import { referralHandlers } from './events/referral.handlers';
import type { MarketingModule } from './marketing-module';
import { referralResolvers } from './resolvers/referral.resolvers';

/** Members' referral codes, referrals from created leads and customers, rewards on first payment (issue 13 §6). */
export const referralModule: MarketingModule = {
  resolvers: [referralResolvers],
  entities: [Referral, ReferralCustomer],
  migrations: [CreateReferrals1764000004510],
  eventHandlers: () => referralHandlers,
};
