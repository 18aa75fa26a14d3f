import { Campaign } from './data/campaign.entity';
import { CreateCampaigns1764000000500 } from './data/migrations/1764000000500-create-campaigns';
import type { MarketingModule } from './marketing-module';
import { campaignResolvers } from './resolvers/campaign.resolvers';

export const campaignModule: MarketingModule = {
  resolvers: [campaignResolvers],
  entities: [Campaign],
  migrations: [CreateCampaigns1764000000500],
};
