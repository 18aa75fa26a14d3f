import { campaignModule } from './campaign.module';
import type { MarketingModule } from './marketing-module';
import { recommendationModule } from './recommendation.module';

/** Every part of the marketing subgraph; a part's event handlers run in this order. */
export const MARKETING_MODULES: MarketingModule[] = [campaignModule, recommendationModule];
