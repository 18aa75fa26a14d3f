import { CoPurchaseRule } from './data/co-purchase-rule.entity';
import { CreateRecommendations1764000004700 } from './data/migrations/1764000004700-create-recommendations';
import { ProductPopularity } from './data/product-popularity.entity';
import { RecommendationCustomer } from './data/recommendation-customer.entity';
import { RecommendationPurchase } from './data/recommendation-purchase.entity';
import { ruleThresholdsFrom } from './domain/association-rule';
import { recommendationHandlers } from './events/recommendation.handlers';
import { jobCron } from './jobs/job-cron';
import { recommendationJob } from './jobs/recommendation.job';
import type { MarketingModule } from './marketing-module';
import { recommendationResolvers } from './resolvers/recommendation.resolvers';

/** Next-best product (issue 13 §7): purchases from order lines, co-purchase rules, popularity per group. */
export const recommendationModule: MarketingModule = {
  resolvers: [recommendationResolvers],
  entities: [RecommendationCustomer, RecommendationPurchase, CoPurchaseRule, ProductPopularity],
  migrations: [CreateRecommendations1764000004700],
  eventHandlers: () => recommendationHandlers,
  jobs: (dataSource, { env }) => [
    recommendationJob(
      dataSource,
      jobCron(env, 'MARKETING_RECOMMENDATION_CRON', '0 * * * *'),
      ruleThresholdsFrom(env),
    ),
  ],
};
