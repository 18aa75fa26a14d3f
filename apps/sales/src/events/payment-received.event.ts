import { buildEvent } from '@crm/events';
import type { Payment } from '../data/payment.entity';
import { formatAmount } from '@crm/db';

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
      amount: formatAmount(payment.amount, payment.currency),
      currency: payment.currency,
      outstandingBalance: formatAmount(outstandingBalance, payment.currency),
      receivedAt: payment.receivedAt.toISOString(),
    },
  });
}
