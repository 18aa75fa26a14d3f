import type { EntityManager } from 'typeorm';
import { In } from 'typeorm';
import { RecommendationPurchase } from './recommendation-purchase.entity';

export interface OrderedProduct {
  productId: string;
  quantity: number;
}

/** One order's products, each once per order; a redelivered or replayed order adds nothing. */
export async function recordPurchases(
  manager: EntityManager,
  order: { orderId: string; customerId: string; placedAt: Date },
  products: OrderedProduct[],
): Promise<void> {
  if (!products.length) return;
  await manager
    .createQueryBuilder()
    .insert()
    .into(RecommendationPurchase)
    .values(
      products.map(({ productId, quantity }) => ({
        ...order,
        productId,
        quantity,
        purchasedAt: order.placedAt,
      })),
    )
    .orIgnore()
    .execute();
}

export async function movePurchases(
  manager: EntityManager,
  survivorId: string,
  mergedIds: string[],
): Promise<void> {
  await manager.update(RecommendationPurchase, { customerId: In(mergedIds) }, { customerId: survivorId });
}

export async function deletePurchasesOf(manager: EntityManager, customerId: string): Promise<void> {
  await manager.delete(RecommendationPurchase, { customerId });
}

export async function ownedProductIds(manager: EntityManager, customerId: string): Promise<string[]> {
  const rows: { productId: string }[] = await manager.query(
    'SELECT DISTINCT product_id AS "productId" FROM recommendation_purchases WHERE customer_id = $1',
    [customerId],
  );
  return rows.map((row) => row.productId);
}
