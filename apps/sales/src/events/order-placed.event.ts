import { buildEvent, type EventOrigin } from '@crm/events';
import { formatAmount } from '@crm/db';
import type { Order } from '../data/order.entity';
import type { PricedLine } from '../domain/quote-totals';

export function orderPlaced(order: Order, lines: PricedLine[], origin: EventOrigin) {
  return buildEvent('crm.sales.order.placed', {
    subject: order.id,
    ...origin,
    data: {
      orderId: order.id,
      customerId: order.customerId,
      opportunityId: order.opportunityId,
      contractId: order.contractId,
      total: formatAmount(order.total, order.currency),
      currency: order.currency,
      ownerId: order.ownerId,
      placedAt: order.placedAt.toISOString(),
      lines: lines.map((line) => ({
        productId: line.productId,
        quantity: line.quantity,
        unitPrice: formatAmount(line.unitPrice, order.currency),
        amount: formatAmount(line.lineTotal, order.currency),
      })),
    },
  });
}
