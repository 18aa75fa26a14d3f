import type { EntityManager } from 'typeorm';
import type { RuleMeasures } from '../domain/association-rule';
import { ALL_CUSTOMERS } from '../domain/popularity-group';
import type { PopularCandidate, RuleCandidate } from '../domain/product-ranking';
import { ownedProductIds } from './recommendation-purchase.repository';

/** What the rules are mined from: customers' baskets (distinct products per customer), counted in SQL. */
export interface BasketCounts {
  customers: number;
  products: number;
  /** Buyers per product that has at least the minimum pair count of them. */
  buyers: Map<string, number>;
  /** Pairs A → B (both directions) bought by at least the minimum pair count of customers. */
  pairs: { antecedentProductId: string; consequentProductId: string; bothBuyers: number }[];
}

export interface MinedRule extends RuleMeasures {
  antecedentProductId: string;
  consequentProductId: string;
  customerCount: number;
}

/** Popular products kept per group: enough to fill a page after leaving out what a customer owns. */
const TOP_PER_GROUP = 100;
const INSERT_CHUNK = 5_000;

export async function countBaskets(
  manager: EntityManager,
  minPairCount: (customers: number) => number,
): Promise<BasketCounts> {
  const [{ customers, products }]: { customers: number; products: number }[] = await manager.query(
    `SELECT count(DISTINCT customer_id)::int AS customers, count(DISTINCT product_id)::int AS products
     FROM recommendation_purchases`,
  );
  const minimum = minPairCount(customers);
  const buyerRows: { productId: string; buyers: number }[] = await manager.query(
    `SELECT product_id AS "productId", count(DISTINCT customer_id)::int AS buyers
     FROM recommendation_purchases GROUP BY product_id HAVING count(DISTINCT customer_id) >= $1`,
    [minimum],
  );
  // Only products frequent enough on their own can be in a frequent pair (the Apriori property).
  const pairs: BasketCounts['pairs'] = await manager.query(
    `WITH baskets AS (
       SELECT DISTINCT customer_id, product_id FROM recommendation_purchases WHERE product_id = ANY($2::uuid[])
     )
     SELECT a.product_id AS "antecedentProductId", b.product_id AS "consequentProductId",
            count(*)::int AS "bothBuyers"
     FROM baskets a JOIN baskets b ON b.customer_id = a.customer_id AND b.product_id <> a.product_id
     GROUP BY a.product_id, b.product_id HAVING count(*) >= $1`,
    [minimum, buyerRows.map((row) => row.productId)],
  );
  return { customers, products, buyers: new Map(buyerRows.map((row) => [row.productId, row.buyers])), pairs };
}

/** The rules of this run replace the last run's. */
export async function replaceRules(
  manager: EntityManager,
  rules: MinedRule[],
  computedAt: Date,
): Promise<void> {
  await manager.query('DELETE FROM co_purchase_rules');
  for (let start = 0; start < rules.length; start += INSERT_CHUNK) {
    const chunk = rules.slice(start, start + INSERT_CHUNK);
    await manager.query(
      `INSERT INTO co_purchase_rules
         (antecedent_product_id, consequent_product_id, customer_count, support, confidence, lift, computed_at)
       SELECT a, c, n, s, conf, l, $7
       FROM unnest($1::uuid[], $2::uuid[], $3::int[], $4::float8[], $5::float8[], $6::float8[]) AS r(a, c, n, s, conf, l)`,
      [
        chunk.map((rule) => rule.antecedentProductId),
        chunk.map((rule) => rule.consequentProductId),
        chunk.map((rule) => rule.customerCount),
        chunk.map((rule) => rule.support),
        chunk.map((rule) => rule.confidence),
        chunk.map((rule) => rule.lift),
        computedAt,
      ],
    );
  }
}

/**
 * Each group's most bought products (by customers, not units), the group of all customers
 * included, replacing the last run's; products bought by fewer than `minBuyers` of a group are
 * left out, as rules are. Returns the number of groups ranked.
 */
export async function replacePopularity(
  manager: EntityManager,
  minBuyers: number,
  computedAt: Date,
): Promise<number> {
  await manager.query('DELETE FROM product_popularity');
  await manager.query(
    `WITH baskets AS (
       SELECT DISTINCT p.customer_id, p.product_id, c.popularity_group AS grp
       FROM recommendation_purchases p LEFT JOIN recommendation_customers c ON c.id = p.customer_id
     ),
     sizes AS (
       SELECT grp, count(DISTINCT customer_id) AS customers FROM baskets WHERE grp IS NOT NULL GROUP BY grp
       UNION ALL SELECT $1, count(DISTINCT customer_id) FROM baskets
     ),
     bought AS (
       SELECT grp, product_id, count(*) AS buyers FROM baskets WHERE grp IS NOT NULL GROUP BY grp, product_id
       UNION ALL SELECT $1, product_id, count(*) FROM baskets GROUP BY product_id
     ),
     ranked AS (
       SELECT b.grp, b.product_id, b.buyers, b.buyers::float8 / s.customers AS share,
              row_number() OVER (PARTITION BY b.grp ORDER BY b.buyers DESC, b.product_id) AS rank
       FROM bought b JOIN sizes s ON s.grp = b.grp
       WHERE b.buyers >= $2
     )
     INSERT INTO product_popularity (popularity_group, product_id, buyer_count, share, rank, computed_at)
     SELECT grp, product_id, buyers, share, rank, $3 FROM ranked WHERE rank <= $4`,
    [ALL_CUSTOMERS, minBuyers, computedAt, TOP_PER_GROUP],
  );
  const [{ groups }]: { groups: number }[] = await manager.query(
    'SELECT count(DISTINCT popularity_group)::int AS groups FROM product_popularity',
  );
  return groups;
}

/** The rules whose antecedent the customer bought. */
export function ruleCandidatesOf(manager: EntityManager, customerId: string): Promise<RuleCandidate[]> {
  return manager.query(
    `SELECT r.antecedent_product_id AS "antecedentProductId", r.consequent_product_id AS "consequentProductId",
            r.support, r.confidence, r.lift, r.computed_at AS "computedAt"
     FROM co_purchase_rules r
     WHERE r.antecedent_product_id IN (SELECT product_id FROM recommendation_purchases WHERE customer_id = $1)`,
    [customerId],
  );
}

/** The most popular products of the customer's group, then of all customers, best first. */
export function popularCandidatesOf(
  manager: EntityManager,
  group: string | null,
  limit: number,
): Promise<PopularCandidate[]> {
  return manager.query(
    `SELECT product_id AS "productId", popularity_group AS "group", share, computed_at AS "computedAt"
     FROM product_popularity
     WHERE popularity_group = ANY($1::text[]) AND rank <= $2
     ORDER BY popularity_group = $3, rank`,
    [[group, ALL_CUSTOMERS].filter(Boolean), limit, ALL_CUSTOMERS],
  );
}

export interface RecommendationCandidates {
  owned: string[];
  rules: RuleCandidate[];
  popular: PopularCandidate[];
}

/** What rankProducts chooses from for one customer: its products, the rules from them, its groups' rankings. */
export async function recommendationCandidatesOf(
  manager: EntityManager,
  customerId: string,
  group: string | null,
  first: number,
): Promise<RecommendationCandidates> {
  const owned = await ownedProductIds(manager, customerId);
  const rules = await ruleCandidatesOf(manager, customerId);
  // Enough popular products to fill the page after leaving out owned ones and those rules chose.
  const popular = await popularCandidatesOf(manager, group, 2 * first + owned.length);
  return { owned, rules, popular };
}
