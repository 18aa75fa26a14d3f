import type { EventHandler } from '@crm/messaging';
import { applyRevenueFact } from './revenue-fact';

/** An order is recorded when placed; it counts as a purchase (lifecycle) and as revenue (tier) once paid. */
export const onOrderPlaced: EventHandler<'crm.sales.order.placed'> = (event, manager) =>
  applyRevenueFact(manager, event, {
    customerId: event.data.customerId,
    kind: 'ORDER',
    factId: event.data.orderId,
    orderId: event.data.orderId,
    amount: event.data.total,
    currency: event.data.currency,
    occurredAt: new Date(event.data.placedAt),
    eventId: event.id,
  });
