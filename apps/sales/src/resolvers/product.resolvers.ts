import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { newId, parseCurrency, updateWithVersion } from '@crm/db';
import { badUserInput, notFound } from '@crm/errors';
import { guard, guardReference } from '@crm/permissions';
import {
  paginate,
  parseId,
  recordAudit,
  recordCreation,
  type PageRequest,
  type RequestContext,
} from '@crm/subgraph-kit';
import { ProductPrice } from '../data/product-price.entity';
import { Product } from '../data/product.entity';
import { parseNewProduct, parseProductChanges, parseStockQuantity } from '../domain/product-fields';
import { parseUnitPrice } from '../domain/quote-totals';
import type { SalesLoaders } from '../sales-loaders';
import { refuseNul } from '../domain/input-parsing';

type Context = RequestContext<SalesLoaders>;

async function productById(id: string, context: Context, field = 'id'): Promise<Product> {
  const product = await context.loaders.productById.load(parseId(field, id));
  if (!product) throw notFound('Product', id, field);
  return product;
}

/** Fresh from the database: after a write, the request's loader may hold the old row. */
async function reloaded(id: string, context: Context): Promise<Product> {
  context.loaders.productById.clear(id);
  context.loaders.pricesOfProduct.clear(id);
  return productById(id, context);
}

async function createProduct(input: Record<string, unknown>, context: Context): Promise<Product> {
  const fields = parseNewProduct(input);
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
  await context.dataSource.transaction(async (manager) => {
    // ON CONFLICT: two concurrent creates of one code get one product and one clear refusal.
    const inserted = await manager
      .createQueryBuilder()
      .insert()
      .into(Product)
      .values(product)
      .orIgnore()
      .returning('id')
      .execute();
    if (!(inserted.raw as unknown[]).length) {
      throw badUserInput('input.code', `is already used by another product (${product.code})`);
    }
    await recordCreation(manager, context, 'createProduct', 'Product', product);
  });
  return product;
}

async function updateProduct(
  { id, version, ...input }: { id: string; version: number },
  context: Context,
): Promise<Product> {
  const changes = parseProductChanges(input);
  const before = await productById(id, context, 'input.id');
  await context.dataSource.transaction(async (manager) => {
    await updateWithVersion(manager, Product, before.id, version, { ...changes, updatedAt: new Date() });
    await recordAudit(manager, context, {
      action: 'updateProduct',
      entityType: 'Product',
      entityId: before.id,
      before,
      after: { ...before, ...changes },
    });
  });
  return reloaded(before.id, context);
}

async function setProductPrice(
  input: { productId: string; currency: string; unitPrice: string },
  context: Context,
): Promise<Product> {
  const product = await productById(input.productId, context, 'input.productId');
  const currency = parseCurrency('input.currency', input.currency);
  const unitPrice = parseUnitPrice('input.unitPrice', input.unitPrice);
  await context.dataSource.transaction(async (manager) => {
    const before = await manager.findOneBy(ProductPrice, { productId: product.id, currency });
    await manager.upsert(
      ProductPrice,
      { productId: product.id, currency, unitPrice, updatedAt: new Date() },
      ['productId', 'currency'],
    );
    await recordAudit(manager, context, {
      action: 'setProductPrice',
      entityType: 'Product',
      entityId: product.id,
      before: { [`price.${currency}`]: before?.unitPrice ?? null },
      after: { [`price.${currency}`]: unitPrice },
    });
  });
  return reloaded(product.id, context);
}

async function reportStock(
  input: { productId: string; quantity: number; asOf?: Date | null },
  context: Context,
): Promise<Product> {
  const product = await productById(input.productId, context, 'input.productId');
  const quantity = parseStockQuantity('input.quantity', input.quantity);
  const asOf = input.asOf ?? new Date();
  await context.dataSource.transaction(async (manager) => {
    // Counts arrive out of order from warehouses: a count older than the one we hold changes nothing.
    const result = await manager
      .createQueryBuilder()
      .update(Product)
      .set({
        stockOnHand: quantity,
        stockReportedAt: asOf,
        updatedAt: new Date(),
        version: () => 'version + 1',
      })
      .where('id = :id AND (stock_reported_at IS NULL OR stock_reported_at <= :asOf)', {
        id: product.id,
        asOf,
      })
      .execute();
    if (result.affected !== 1) return;
    await recordAudit(manager, context, {
      action: 'reportStock',
      entityType: 'Product',
      entityId: product.id,
      before: { stockOnHand: product.stockOnHand, stockReportedAt: product.stockReportedAt },
      after: { stockOnHand: quantity, stockReportedAt: asOf },
    });
  });
  return reloaded(product.id, context);
}

interface ProductListArgs extends PageRequest {
  active?: boolean | null;
  search?: string | null;
}

function products(args: ProductListArgs, context: Context) {
  const query = context.dataSource.getRepository(Product).createQueryBuilder('product');
  if (args.active !== null && args.active !== undefined) query.andWhere('product.active = :active', args);
  if (args.search) {
    const search = refuseNul('search', args.search).trim().toLowerCase();
    if (search.length > 100) throw badUserInput('search', 'must be at most 100 characters');
    // Prefix match: served by the text_pattern_ops indexes on lower(code) and lower(name).
    const prefix = `${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    query.andWhere('(lower(product.code) LIKE :prefix OR lower(product.name) LIKE :prefix)', { prefix });
  }
  return paginate(query, { columns: ['product.code'], direction: 'ASC', valuesOf: (p) => [p.code] }, args);
}

export const productResolvers: GraphQLResolverMap<Context> = {
  Query: {
    product: guard('product:read', (_: unknown, { id }: { id: string }, context: Context) =>
      productById(id, context),
    ),
    products: guard('product:read', (_: unknown, args: ProductListArgs, context: Context) =>
      products(args, context),
    ),
  },
  Mutation: {
    createProduct: guard(
      'product:write',
      (_: unknown, { input }: { input: Record<string, unknown> }, context: Context) =>
        createProduct(input, context),
    ),
    updateProduct: guard(
      'product:write',
      (_: unknown, { input }: { input: { id: string; version: number } }, context: Context) =>
        updateProduct(input, context),
    ),
    setProductPrice: guard(
      'product:write',
      (
        _: unknown,
        { input }: { input: { productId: string; currency: string; unitPrice: string } },
        context: Context,
      ) => setProductPrice(input, context),
    ),
    reportStock: guard(
      'product:write',
      (_: unknown, { input }: { input: { productId: string; quantity: number } }, context: Context) =>
        reportStock(input, context),
    ),
  },
  Product: {
    __resolveReference: guardReference('product:read', (reference: { id: string }, context: Context) =>
      context.loaders.productById.load(reference.id),
    ),
    prices: async (product: Product, _: unknown, context: Context) =>
      (await context.loaders.pricesOfProduct.load(product.id)).map((price) => ({
        amount: price.unitPrice,
        currency: price.currency,
      })),
    price: async (product: Product, { currency }: { currency: string }, context: Context) => {
      const price = (await context.loaders.pricesOfProduct.load(product.id)).find(
        (p) => p.currency === currency,
      );
      return price ? { amount: price.unitPrice, currency } : null;
    },
  },
};
