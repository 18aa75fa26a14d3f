import { newId } from '@crm/db';
import { badUserInput } from '@crm/errors';
import { runChange, type ChangeScope } from '@crm/subgraph-kit';
import { ProductPrice } from '../data/product-price.entity';
import { Product } from '../data/product.entity';
import { isLatestStockCount, type NewProduct, type ProductChanges } from '../domain/product-fields';

export function createProduct(scope: ChangeScope, fields: NewProduct): Promise<Product> {
  return runChange(scope, async (change) => {
    const now = new Date();
    const product = Object.assign(new Product(), {
      ...fields,
      id: newId(),
      stockOnHand: 0,
      stockReportedAt: null,
      createdAt: now,
      updatedAt: now,
      version: 1,
    });
    // ON CONFLICT: two concurrent creates of one code get one product and one clear refusal.
    const inserted = await change.manager
      .createQueryBuilder()
      .insert()
      .into(Product)
      .values(product)
      .orIgnore()
      .returning('id')
      .execute();
    if (!(inserted.raw as unknown[]).length)
      throw badUserInput('input.code', `is already used by another product (${product.code})`);
    change.audit({
      action: 'createProduct',
      entityType: 'Product',
      entityId: product.id,
      before: null,
      after: product,
    });
    return product;
  });
}

export function updateProduct(
  scope: ChangeScope,
  { id, version, changes }: { id: string; version: number; changes: ProductChanges },
): Promise<Product> {
  return runChange(scope, async (change) => {
    const before = await change.lock(Product, id, { version, field: 'input.id' });
    return change.update<Product>(Product, before, changes, { action: 'updateProduct' });
  });
}

/** The product's unit price in one currency of the default price list, created or replaced. */
export function setProductPrice(
  scope: ChangeScope,
  { productId, currency, unitPrice }: { productId: string; currency: string; unitPrice: string },
): Promise<void> {
  return runChange(scope, async (change) => {
    await change.lock(Product, productId, { field: 'input.productId', mode: 'for_no_key_update' });
    const before = await change.manager.findOneBy(ProductPrice, { productId, currency });
    await change.manager.upsert(ProductPrice, { productId, currency, unitPrice, updatedAt: new Date() }, [
      'productId',
      'currency',
    ]);
    change.audit({
      action: 'setProductPrice',
      entityType: 'Product',
      entityId: productId,
      before: { [`price.${currency}`]: before?.unitPrice ?? null },
      after: { [`price.${currency}`]: unitPrice },
    });
  });
}

/** A warehouse count; counts arrive out of order, so one older than the count held changes nothing. */
export function reportStock(
  scope: ChangeScope,
  { productId, quantity, asOf }: { productId: string; quantity: number; asOf: Date },
): Promise<void> {
  return runChange(scope, async (change) => {
    const before = await change.lock(Product, productId, { field: 'input.productId' });
    if (!isLatestStockCount(before.stockReportedAt, asOf)) return;
    await change.update<Product>(
      Product,
      before,
      { stockOnHand: quantity, stockReportedAt: asOf },
      { action: 'reportStock' },
    );
  });
}
