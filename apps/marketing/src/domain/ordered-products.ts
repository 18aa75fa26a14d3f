import type { EventPayload } from '@crm/events';
import type { OrderedProduct } from '../data/recommendation-purchase.repository';

type OrderLine = NonNullable<EventPayload<'crm.sales.order.placed'>['lines']>[number];

/** An order's catalogue products, each once with its quantities summed; lines naming no product are not purchases of one. */
export function orderedProducts(lines: OrderLine[] | null | undefined): OrderedProduct[] {
  const quantities = new Map<string, number>();
  for (const { productId, quantity } of lines ?? []) {
    if (productId) quantities.set(productId, (quantities.get(productId) ?? 0) + quantity);
  }
  return [...quantities].map(([productId, quantity]) => ({ productId, quantity }));
}
