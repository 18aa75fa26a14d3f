import { buildEvent, type EventOrigin } from '@crm/events';
import type { Payment } from '../data/payment.entity';
import { formatAmount } from '@crm/db';

export function paymentReceived(payment: Payment, outstandingBalance: string, origin: EventOrigin) {
  return buildEvent('crm.sales.payment.received', {
    subject: payment.id,
    ...origin,
    data: {
      paymentId: payment.id,
      orderId: payment.orderId,
      customerId: payment.customerId,
      amount: formatAmount(payment.amount, payment.currency),
      currency: payment.currency,
      outstandingBalance: formatAmount(outstandingBalance, payment.currency),
      receivedAt: payment.receivedAt.toISOString(),
    },
  });
}
