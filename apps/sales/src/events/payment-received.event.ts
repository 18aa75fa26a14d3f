import { buildEvent, type EventOrigin } from '@crm/events';
import type { Payment } from '../data/payment.entity';

export function paymentReceived(payment: Payment, outstandingBalance: string, origin: EventOrigin) {
  return buildEvent('crm.sales.payment.received', {
    subject: payment.id,
    ...origin,
    data: {
      paymentId: payment.id,
      orderId: payment.orderId,
      customerId: payment.customerId,
      amount: payment.amount,
      currency: payment.currency,
      outstandingBalance,
      receivedAt: payment.receivedAt.toISOString(),
    },
  });
}
