import type { EventHandler } from '@crm/messaging';
import { scopeOfEvent } from '@crm/subgraph-kit';
import { recordRevenueFact } from '../changes/revenue.changes';

/** A payment is revenue (in its currency) and a purchase on its order: lifecycle and tier follow. */
export const onPaymentReceived: EventHandler<'crm.sales.payment.received'> = (event, manager) =>
  recordRevenueFact(scopeOfEvent('customer', manager, event), event.id, {
    customerId: event.data.customerId,
    kind: 'PAYMENT',
    factId: event.data.paymentId,
    orderId: event.data.orderId,
    amount: event.data.amount,
    currency: event.data.currency,
    occurredAt: new Date(event.data.receivedAt),
    eventId: event.id,
  });
