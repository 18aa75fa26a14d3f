import { buildEvent, type EventOrigin } from '@crm/events';
import type { Order } from '../data/order.entity';
import { formatAmount } from '@crm/db';

export function orderPlaced(order: Order, origin: EventOrigin) {
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
    },
  });
}
