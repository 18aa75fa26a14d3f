import { newId } from '@crm/db';
import { assertRecordAccess } from '@crm/permissions';
import { runChange, type ChangeScope } from '@crm/subgraph-kit';
import { Order } from '../data/order.entity';
import { Payment } from '../data/payment.entity';
import { applyPayment } from '../domain/order-balance';
import type { NewPayment } from '../domain/new-payment';
import { paymentReceived } from '../events/payment-received.event';

/**
 * Records money against an order. The order row is locked FOR UPDATE while the balance is checked
 * and moved, so two concurrent payments cannot together pay more than is owed.
 */
export function recordPayment(scope: ChangeScope, input: NewPayment): Promise<Payment> {
  return runChange(scope, async (change) => {
    const order = await change.lock(Order, input.orderId, { field: 'input.orderId' });
    assertRecordAccess(change.caller, 'order:write', order.ownerId, `order ${input.orderId}`);
    const applied = applyPayment(order, input.amount, input.currency);
    const payment = Object.assign(new Payment(), {
      ...input,
      id: newId(),
      customerId: order.customerId,
      ownerId: order.ownerId,
      createdAt: new Date(),
    });
    await change.insert(Payment, payment, { action: 'recordPayment' });
    await change.update(
      Order,
      order,
      { paidAmount: applied.paidAmount, status: applied.status },
      { action: 'recordPayment' },
    );
    change.publish(paymentReceived(payment, applied.outstandingBalance, change.origin));
    return payment;
  });
}
