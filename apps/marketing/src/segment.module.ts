import { CustomerProfile } from './data/customer-profile.entity';
import { CreateCustomerProfilesAndSegments1764000004200 } from './data/migrations/1764000004200-create-customer-profiles-and-segments';
import { Segment } from './data/segment.entity';
import { customerProfileHandlers } from './events/customer-profile.handlers';
import { segmentRefreshJob } from './jobs/segment-refresh.job';
import { jobCron } from './jobs/job-cron';
import type { MarketingModule } from './marketing-module';
import { segmentResolvers } from './resolvers/segment.resolvers';

/** Customer projection, dynamic segments and static lists (issue 13 §2). */
export const segmentModule: MarketingModule = {
  resolvers: [segmentResolvers],
  entities: [CustomerProfile, Segment],
  migrations: [CreateCustomerProfilesAndSegments1764000004200],
  eventHandlers: customerProfileHandlers,
  jobs: (dataSource, settings) => [
    segmentRefreshJob(dataSource, jobCron(settings.env, 'MARKETING_SEGMENT_REFRESH_CRON', '15 2 * * *')),
  ],
};
