import type { EventDefinition } from '../event-definition';
import { DATE_TIME, UUID } from './schema-fragments';

const COUNT = { type: 'integer', minimum: 0 } as const;
const RATIO = { type: 'number', minimum: 0, maximum: 1 } as const;

export interface RecommendationThresholds {
  /** Share of customers who bought both products. */
  minSupport: number;
  /** Share of the first product's buyers who also bought the second. */
  minConfidence: number;
  /** How much more often they go together than if they were independent. */
  minLift: number;
  /** Fewest customers a rule may rest on. */
  minCustomers: number;
}

export interface RecommendationRulesRecomputedPayload {
  /** This recomputation (the scheduler's run); its id is the subject. */
  runId: string;
  computedAt: string;
  /** Customers with at least one purchase: the baskets mined. */
  customerCount: number;
  /** Distinct products bought. */
  productCount: number;
  /** Co-purchase rules A → B kept (both directions count). */
  ruleCount: number;
  /** Popularity groups with a ranking, the group of all customers included. */
  groupCount: number;
  thresholds: RecommendationThresholds;
}

export const recommendationRulesRecomputed: EventDefinition<
  'crm.marketing.recommendation.rules_recomputed',
  RecommendationRulesRecomputedPayload
> = {
  type: 'crm.marketing.recommendation.rules_recomputed',
  service: 'marketing',
  aggregate: 'recommendation',
  version: 1,
  description:
    'The next-best-product model was recomputed from the purchases marketing knows: co-purchase rules (support, confidence, lift) and popularity per group, with the thresholds used.',
  aggregateIdField: 'runId',
  schema: {
    type: 'object',
    additionalProperties: false,
    required: [
      'runId',
      'computedAt',
      'customerCount',
      'productCount',
      'ruleCount',
      'groupCount',
      'thresholds',
    ],
    properties: {
      runId: UUID,
      computedAt: DATE_TIME,
      customerCount: COUNT,
      productCount: COUNT,
      ruleCount: COUNT,
      groupCount: COUNT,
      thresholds: {
        type: 'object',
        additionalProperties: false,
        required: ['minSupport', 'minConfidence', 'minLift', 'minCustomers'],
        properties: {
          minSupport: RATIO,
          minConfidence: RATIO,
          minLift: { type: 'number', minimum: 0 },
          minCustomers: { type: 'integer', minimum: 1 },
        },
      },
    },
  },
  example: {
    runId: '01950e00-0000-7000-8000-000000000001',
    computedAt: '2025-05-01T03:00:00.000Z',
    customerCount: 1840,
    productCount: 120,
    ruleCount: 356,
    groupCount: 14,
    thresholds: { minSupport: 0.005, minConfidence: 0.1, minLift: 1.2, minCustomers: 3 },
  },
};
