import type { EventHandler } from '@crm/messaging';
import { scopeOfEvent } from '@crm/subgraph-kit';
import { recordRevenueFact } from '../changes/revenue.changes';

/** An order is recorded when placed; it counts as a purchase (lifecycle) and as revenue (tier) once paid. */
export const onOrderPlaced: EventHandler<'crm.sales.order.placed'> = (event, manager) =>
  recordRevenueFact(scopeOfEvent('customer', manager, event), event.id, {
    customerId: event.data.customerId,
    kind: 'ORDER',
    factId: event.data.orderId,
    orderId: event.data.orderId,
    amount: event.data.total,
    currency: event.data.currency,
    occurredAt: new Date(event.data.placedAt),
    eventId: event.id,
  });
