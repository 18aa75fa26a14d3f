import { formatAmount } from '@crm/db';
import { buildEvent, type EventOrigin } from '@crm/events';
import type { Order } from '../data/order.entity';
import { outstandingBalance } from '../domain/order-balance';

export function orderOverdue(order: Order, overdueAt: Date, origin: EventOrigin) {
  return buildEvent('crm.sales.order.overdue', {
    subject: order.id,
    ...origin,
    data: {
      orderId: order.id,
      customerId: order.customerId,
      ownerId: order.ownerId,
      dueDate: order.dueDate,
      total: formatAmount(order.total, order.currency),
      paidAmount: order.paidAmount,
      outstandingBalance: formatAmount(outstandingBalance(order), order.currency),
      currency: order.currency,
      overdueAt: overdueAt.toISOString(),
    },
  });
}
