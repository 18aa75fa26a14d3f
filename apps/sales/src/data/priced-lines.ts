import { In, type EntityManager } from 'typeorm';
import { badUserInput, notFound, refuseNul } from '@crm/errors';
import { parseId } from '@crm/subgraph-kit';
import { parseDiscountPercent, parseQuantity, parseUnitPrice, type LineInput } from '../domain/quote-totals';
import type { DocumentLine } from './document-line';
import { ProductPrice } from './product-price.entity';
import { Product } from './product.entity';

/** A line as the API takes it: a catalogue product (price and name default) or free text. */
export interface LineRequest {
  productId?: string | null;
  description?: string | null;
  quantity: number;
  unitPrice?: string | null;
  discountPercent?: string | null;
}

const MAX_LINES = 200;

/**
 * Validates requested lines and fills in what the catalogue knows: the product's name and its
 * unit price in `currency` from the default price list. Inactive products cannot be sold.
 */
export async function resolveLines(
  manager: EntityManager,
  requests: LineRequest[],
  currency: string,
  path: string,
): Promise<LineInput[]> {
  if (requests.length > MAX_LINES) throw badUserInput(path, `must have at most ${MAX_LINES} lines`);
  const productIds = requests.flatMap((line, i) =>
    line.productId ? [parseId(`${path}.${i}.productId`, line.productId)] : [],
  );
  const products = new Map(
    (await manager.findBy(Product, { id: In(productIds) })).map((product) => [product.id, product]),
  );
  const prices = new Map(
    (await manager.findBy(ProductPrice, { productId: In(productIds), currency })).map((price) => [
      price.productId,
      price.unitPrice,
    ]),
  );
  return requests.map((line, i) => {
    const at = `${path}.${i}`;
    const product = line.productId ? products.get(line.productId.toLowerCase()) : undefined;
    if (line.productId && !product) throw notFound('Product', line.productId, `${at}.productId`);
    if (product && !product.active)
      throw badUserInput(`${at}.productId`, `product ${product.code} is inactive`);
    const unitPrice = line.unitPrice ?? (product && prices.get(product.id));
    if (unitPrice === undefined || unitPrice === null) {
      throw badUserInput(
        `${at}.unitPrice`,
        product
          ? `product ${product.code} has no price in ${currency}; give a unit price`
          : 'is required for a line without a product',
      );
    }
    const description = refuseNul(`${at}.description`, line.description ?? product?.name ?? '').trim();
    if (!description) throw badUserInput(`${at}.description`, 'is required for a line without a product');
    return {
      productId: product?.id ?? null,
      description,
      quantity: parseQuantity(`${at}.quantity`, line.quantity),
      unitPrice: parseUnitPrice(`${at}.unitPrice`, unitPrice),
      discountPercent: parseDiscountPercent(`${at}.discountPercent`, line.discountPercent),
    };
  });
}

/** A stored line as the API shows it: amounts as Money in the document's currency. */
export function lineView(line: DocumentLine, currency: string) {
  return {
    ...line,
    unitPrice: { amount: line.unitPrice, currency },
    lineTotal: { amount: line.lineTotal, currency },
  };
}

/** A document line as resolvers return it (the GraphQL DocumentLine's row). */
export type LineView = ReturnType<typeof lineView>;
