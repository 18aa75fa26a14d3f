import { campaignModule } from './campaign.module';
import { journeyModule } from './journey.module';
import { loyaltyModule } from './loyalty.module';
import { referralModule } from './referral.module';
import type { MarketingModule } from './marketing-module';
import { messageModule } from './message.module';
import { recommendationModule } from './recommendation.module';
import { segmentModule } from './segment.module';

/** Every part of the marketing subgraph; a part's event handlers run in this order. */
export const MARKETING_MODULES: MarketingModule[] = [
  campaignModule,
  segmentModule,
  messageModule,
  loyaltyModule,
  referralModule,
  recommendationModule,
  journeyModule,
];
