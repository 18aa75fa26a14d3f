import { buildEvent } from '@crm/events';
import type { Payment } from '../data/payment.entity';

export function paymentReceived(
  payment: Payment,
  outstandingBalance: string,
  actor: string,
  correlationId: string,
) {
  return buildEvent('crm.sales.payment.received', {
    subject: payment.id,
    actor,
    correlationId,
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
