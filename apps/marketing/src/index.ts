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
/** Next-best product, for the hit-rate bench (scripts/bench/recommendation-hit-rate.bench.ts). */
export { recommendationModule } from './recommendation.module';
export { recomputeRecommendations } from './changes/recommendation-model.changes';
export { recommendationCandidatesOf } from './data/recommendation-model.repository';
export { DEFAULT_RULE_THRESHOLDS, type RuleThresholds } from './domain/association-rule';
export { popularityGroupOf } from './domain/popularity-group';
export { rankProducts } from './domain/product-ranking';
