import type { EventHandler } from '@crm/messaging';
import { applyRevenueFact } from './revenue-fact';

/** A payment is revenue (in its currency) and a purchase on its order: lifecycle and tier follow. */
export const onPaymentReceived: EventHandler<'crm.sales.payment.received'> = (event, manager) =>
  applyRevenueFact(manager, event, {
    customerId: event.data.customerId,
    kind: 'PAYMENT',
    factId: event.data.paymentId,
    orderId: event.data.orderId,
    amount: event.data.amount,
    currency: event.data.currency,
    occurredAt: new Date(event.data.receivedAt),
    eventId: event.id,
  });
