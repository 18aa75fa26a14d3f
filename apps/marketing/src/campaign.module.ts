import { Campaign } from './data/campaign.entity';
import { CampaignCost } from './data/campaign-cost.entity';
import { CampaignMember } from './data/campaign-member.entity';
import { CampaignResponse } from './data/campaign-response.entity';
import { CreateCampaigns1764000000500 } from './data/migrations/1764000000500-create-campaigns';
import { CampaignOperations1764000004100 } from './data/migrations/1764000004100-campaign-operations';
import { DropCampaignAttribution1764000004640 } from './data/migrations/1764000004640-drop-campaign-attribution';
import { campaignMemberHandlers } from './events/campaign-member.handlers';
import { campaignCalendarJob } from './jobs/campaign-calendar.job';
import { jobCron } from './jobs/job-cron';
import type { MarketingModule } from './marketing-module';
import { campaignCostResolvers } from './resolvers/campaign-cost.resolvers';
import { campaignMemberResolvers } from './resolvers/campaign-member.resolvers';
import { campaignResolvers } from './resolvers/campaign.resolvers';

export const campaignModule: MarketingModule = {
  resolvers: [campaignResolvers, campaignCostResolvers, campaignMemberResolvers],
  entities: [Campaign, CampaignCost, CampaignMember, CampaignResponse],
  migrations: [
    CreateCampaigns1764000000500,
    CampaignOperations1764000004100,
    DropCampaignAttribution1764000004640,
  ],
  eventHandlers: () => campaignMemberHandlers,
  jobs: (dataSource, { env }) => [
    campaignCalendarJob(dataSource, jobCron(env, 'MARKETING_CAMPAIGN_CALENDAR_CRON', '* * * * *')),
  ],
};
