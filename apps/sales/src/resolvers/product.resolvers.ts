import { parseCurrency } from '@crm/db';
import { notFound } from '@crm/errors';
import { guard, guardReference } from '@crm/permissions';
import { paginate, parseId, scopeOfRequest, type PageRequest } from '@crm/subgraph-kit';
import { createProduct, reportStock, setProductPrice, updateProduct } from '../changes/product.changes';
import { Product } from '../data/product.entity';
import {
  parseNewProduct,
  parseProductChanges,
  parseProductSearch,
  parseStockQuantity,
} from '../domain/product-fields';
import { parseUnitPrice } from '../domain/quote-totals';
import type { Resolvers } from '../generated/resolvers-types';
import type { SalesContext } from '../sales-context';

async function productById(id: string, context: SalesContext, field = 'id'): Promise<Product> {
  const product = await context.loaders.productById.load(parseId(field, id));
  if (!product) throw notFound('Product', id, field);
  return product;
}

/** Fresh from the database: after a write, the request's loader may hold the old row. */
async function reloaded(id: string, context: SalesContext): Promise<Product> {
  context.loaders.productById.clear(id);
  context.loaders.pricesOfProduct.clear(id);
  return productById(id, context);
}

async function updateExistingProduct(
  { id, version, ...input }: { id: string; version: number },
  context: SalesContext,
): Promise<Product> {
  const changes = parseProductChanges(input);
  const productId = parseId('input.id', id);
  await updateProduct(scopeOfRequest(context), { id: productId, version, changes });
  return reloaded(productId, context);
}

async function setPrice(
  input: { productId: string; currency: string; unitPrice: string },
  context: SalesContext,
): Promise<Product> {
  const productId = parseId('input.productId', input.productId);
  const currency = parseCurrency('input.currency', input.currency);
  const unitPrice = parseUnitPrice('input.unitPrice', input.unitPrice);
  await setProductPrice(scopeOfRequest(context), { productId, currency, unitPrice });
  return reloaded(productId, context);
}

async function reportCount(
  input: { productId: string; quantity: number; asOf?: Date | string | null },
  context: SalesContext,
): Promise<Product> {
  const productId = parseId('input.productId', input.productId);
  const quantity = parseStockQuantity('input.quantity', input.quantity);
  await reportStock(scopeOfRequest(context), {
    productId,
    quantity,
    asOf: input.asOf ? new Date(input.asOf) : new Date(),
  });
  return reloaded(productId, context);
}

interface ProductListArgs extends PageRequest {
  active?: boolean | null;
  search?: string | null;
}

function products(args: ProductListArgs, context: SalesContext) {
  const query = context.dataSource.getRepository(Product).createQueryBuilder('product');
  if (args.active !== null && args.active !== undefined) query.andWhere('product.active = :active', args);
  if (args.search) {
    const search = parseProductSearch(args.search);
    // Prefix match: served by the text_pattern_ops indexes on lower(code) and lower(name).
    const prefix = `${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    query.andWhere('(lower(product.code) LIKE :prefix OR lower(product.name) LIKE :prefix)', { prefix });
  }
  return paginate(
    query,
    { columns: ['product.code'], keys: ['text'], direction: 'ASC', valuesOf: (p) => [p.code] },
    args,
  );
}

export const productResolvers: Resolvers = {
  Query: {
    product: guard('product:read', (_, { id }, context) => productById(id, context)),
    products: guard('product:read', (_, args, context) => products(args, context)),
  },
  Mutation: {
    createProduct: guard('product:write', (_, { input }, context) =>
      createProduct(scopeOfRequest(context), parseNewProduct(input)),
    ),
    updateProduct: guard('product:write', (_, { input }, context) => updateExistingProduct(input, context)),
    setProductPrice: guard('product:write', (_, { input }, context) => setPrice(input, context)),
    reportStock: guard('product:write', (_, { input }, context) => reportCount(input, context)),
  },
  Product: {
    __resolveReference: guardReference('product:read', (reference, context) =>
      context.loaders.productById.load(reference.id),
    ),
    prices: async (product, _, context) =>
      (await context.loaders.pricesOfProduct.load(product.id)).map((price) => ({
        amount: price.unitPrice,
        currency: price.currency,
      })),
    price: async (product, { currency }, context) => {
      const price = (await context.loaders.pricesOfProduct.load(product.id)).find(
        (p) => p.currency === currency,
      );
      return price ? { amount: price.unitPrice, currency } : null;
    },
  },
};
