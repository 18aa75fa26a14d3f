import { buildEvent, type EventOrigin } from '@crm/events';
import type { Order } from '../data/order.entity';

export function orderPlaced(order: Order, origin: EventOrigin) {
  return buildEvent('crm.sales.order.placed', {
    subject: order.id,
    ...origin,
    data: {
      orderId: order.id,
      customerId: order.customerId,
      opportunityId: order.opportunityId,
      contractId: order.contractId,
      total: order.total,
      currency: order.currency,
      ownerId: order.ownerId,
      placedAt: order.placedAt.toISOString(),
    },
  });
}
