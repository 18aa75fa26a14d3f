/**
 * The package entry of @crm/marketing: what other projects may use of this app (the in-process test
 * platform, scripts). main.ts runs the service; nothing else reaches into src/.
 */
export {
  startMarketingSubgraph,
  marketingTypeDefs,
  type MarketingOptions,
  type RunningMarketing,
} from './marketing-subgraph';

/** Segments: the read API other marketing parts use, and what the segment bench drives. */
export { findCustomerProfile, customerConsent } from './data/customer-profile.repository';
export { segmentMemberIds, syncSegmentMembers } from './data/segment-member.repository';
export { parseSegmentRule } from './domain/segment-rule.parser';
export { customerProfileHandlers } from './events/customer-profile.handlers';
/** The calendar job's name: a test or script may run it now instead of waiting for its minute. */
export { CAMPAIGN_CALENDAR_JOB } from './jobs/campaign-calendar.job';
export { compileSegmentRule, SqlParameters } from './domain/segment-rule.compiler';
/** Next-best product, for the hit-rate bench (scripts/bench/recommendation-hit-rate.bench.ts). */
export { recommendationModule } from './recommendation.module';
export { recomputeRecommendations } from './changes/recommendation-model.changes';
export { recommendationCandidatesOf } from './data/recommendation-model.repository';
export { DEFAULT_RULE_THRESHOLDS, type RuleThresholds } from './domain/association-rule';
export { popularityGroupOf } from './domain/popularity-group';
export { rankProducts } from './domain/product-ranking';
