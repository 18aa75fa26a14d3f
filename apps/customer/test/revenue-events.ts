import { randomUUID } from 'node:crypto';
import { newId } from '@crm/db';
import { buildEvent } from '@crm/events';

/** What sales publishes when an order is placed (S3 produces it for real). */
export function orderPlacedEvent(
  customerId: string,
  orderId = newId(),
  total = '1000.0000',
  currency = 'EUR',
) {
  return buildEvent('crm.sales.order.placed', {
    subject: orderId,
    actor: 'system',
    correlationId: randomUUID(),
    data: {
      orderId,
      customerId,
      opportunityId: null,
      contractId: null,
      total,
      currency,
      ownerId: null,
      placedAt: new Date().toISOString(),
    },
  });
}

/** What sales publishes when money is received against an order. */
export function paymentReceivedEvent(
  customerId: string,
  { orderId = newId(), paymentId = newId(), amount = '1000.0000', currency = 'EUR', actor = 'system' } = {},
) {
  return buildEvent('crm.sales.payment.received', {
    subject: paymentId,
    actor,
    correlationId: randomUUID(),
    data: {
      paymentId,
      orderId,
      customerId,
      amount,
      currency,
      outstandingBalance: '0',
      receivedAt: new Date().toISOString(),
    },
  });
}
