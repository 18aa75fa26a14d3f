import { canReachRecord, guard, requireScope } from '@crm/permissions';
import { parseId } from '@crm/subgraph-kit';
import type { RecommendationCustomer } from '../data/recommendation-customer.entity';
import { recommendationCandidatesOf } from '../data/recommendation-model.repository';
import {
  parseRecommendationCount,
  rankProducts,
  type ProductRecommendation,
} from '../domain/product-ranking';
import type { Resolvers } from '../generated/resolvers-types';
import type { MarketingContext } from '../marketing-context';

/**
 * Whether the caller may see this customer's recommendations: with scope 'all' any customer;
 * otherwise one whose owner (from customer events) is within the caller's scope. A customer
 * marketing has not heard of yet, or an erased one, gets none.
 */
function mayRecommend(context: MarketingContext, profile: RecommendationCustomer | null): boolean {
  if (profile?.erasedAt) return false;
  if (requireScope(context.caller, 'customer:read') === 'all') return true;
  return profile !== null && canReachRecord(context.caller, 'customer:read', profile.ownerId);
}

async function recommendedProducts(
  customerId: string,
  first: number,
  context: MarketingContext,
): Promise<ProductRecommendation[]> {
  const count = parseRecommendationCount(first);
  const profile = await context.loaders.recommendationCustomerById.load(customerId);
  if (!mayRecommend(context, profile)) return [];
  const { owned, rules, popular } = await recommendationCandidatesOf(
    context.dataSource.manager,
    customerId,
    profile?.popularityGroup ?? null,
    count,
  );
  return rankProducts(owned, rules, popular, count);
}

/** Marketing's contribution to the customer: the next best products to offer it. */
export const recommendationResolvers: Resolvers = {
  Customer: {
    recommendedProducts: guard('customer:read', (customer, { first }, context) =>
      recommendedProducts(parseId('id', customer.id), first ?? 5, context),
    ),
  },
  ProductRecommendation: {
    product: (recommendation) => ({ id: recommendation.productId }),
    reason: ({ reason }) =>
      reason.kind === 'CO_PURCHASE'
        ? { ...reason, basedOnProduct: { id: reason.basedOnProductId }, group: null }
        : { ...reason, basedOnProduct: null, support: null, confidence: null, lift: null },
  },
};
