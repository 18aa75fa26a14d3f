import { badUserInput } from '@crm/errors';
import type { RuleMeasures } from './association-rule';

export type RecommendationKind = 'CO_PURCHASE' | 'POPULAR_IN_GROUP';

/** A stored rule whose antecedent the customer owns. */
export interface RuleCandidate extends RuleMeasures {
  antecedentProductId: string;
  consequentProductId: string;
  computedAt: Date;
}

/** A product popular in one of the customer's groups, in the order the groups are preferred. */
export interface PopularCandidate {
  productId: string;
  group: string;
  share: number;
  computedAt: Date;
}

export interface ProductRecommendation {
  productId: string;
  /** CO_PURCHASE: the rule's confidence; POPULAR_IN_GROUP: the share of the group who bought it. */
  score: number;
  reason:
    | ({ kind: 'CO_PURCHASE'; basedOnProductId: string; computedAt: Date } & RuleMeasures)
    | { kind: 'POPULAR_IN_GROUP'; group: string; computedAt: Date };
}

export const MAX_RECOMMENDATIONS = 50;

export function parseRecommendationCount(first: number): number {
  if (!Number.isInteger(first) || first < 1 || first > MAX_RECOMMENDATIONS) {
    throw badUserInput('first', `must be a whole number from 1 to ${MAX_RECOMMENDATIONS} (got ${first})`);
  }
  return first;
}

const byStrength = (a: RuleCandidate, b: RuleCandidate) =>
  b.confidence - a.confidence ||
  b.lift - a.lift ||
  a.consequentProductId.localeCompare(b.consequentProductId) ||
  a.antecedentProductId.localeCompare(b.antecedentProductId);

/**
 * The next best products for a customer: what co-purchase rules from the products it owns point
 * to, strongest rule first (one per product, naming the rule), then its groups' most popular
 * products; never a product it already owns, never one twice.
 */
export function rankProducts(
  owned: Iterable<string>,
  rules: RuleCandidate[],
  popular: PopularCandidate[],
  first: number,
): ProductRecommendation[] {
  const ownedIds = new Set(owned);
  const chosen = new Map<string, ProductRecommendation>();
  for (const rule of [...rules].sort(byStrength)) {
    if (chosen.size >= first) break;
    const productId = rule.consequentProductId;
    if (!ownedIds.has(rule.antecedentProductId) || ownedIds.has(productId) || chosen.has(productId)) continue;
    const { antecedentProductId, support, confidence, lift, computedAt } = rule;
    chosen.set(productId, {
      productId,
      score: confidence,
      reason: {
        kind: 'CO_PURCHASE',
        basedOnProductId: antecedentProductId,
        support,
        confidence,
        lift,
        computedAt,
      },
    });
  }
  for (const { productId, group, share, computedAt } of popular) {
    if (chosen.size >= first) break;
    if (ownedIds.has(productId) || chosen.has(productId)) continue;
    chosen.set(productId, {
      productId,
      score: share,
      reason: { kind: 'POPULAR_IN_GROUP', group, computedAt },
    });
  }
  return [...chosen.values()];
}
