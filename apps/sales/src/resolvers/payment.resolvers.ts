import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { newId, parseAmount, parseCurrency } from '@crm/db';
import { badUserInput, notFound } from '@crm/errors';
import { appendToOutbox } from '@crm/messaging';
import { assertRecordAccess, guard, guardReference, withinScope } from '@crm/permissions';
import {
  createIdempotently,
  parseId,
  recordAudit,
  recordCreation,
  type RequestContext,
} from '@crm/subgraph-kit';
import { Order } from '../data/order.entity';
import { Payment } from '../data/payment.entity';
import { applyPayment } from '../domain/order-balance';
import { paymentReceived } from '../events/payment-received.event';
import type { SalesLoaders } from '../sales-loaders';
import { orderShown } from './document-links';
import { refuseNul } from '../domain/input-parsing';

type Context = RequestContext<SalesLoaders>;

interface RecordPaymentInput {
  orderId: string;
  amount: string;
  currency: string;
  receivedAt: Date;
  reference?: string | null;
}

/**
 * Records money against an order. The order row is locked FOR UPDATE while the balance is checked
 * and moved, so two concurrent payments cannot together pay more than is owed.
 */
async function recordPayment(
  { idempotencyKey, ...input }: RecordPaymentInput & { idempotencyKey?: string | null },
  context: Context,
): Promise<Payment> {
  const orderId = parseId('input.orderId', input.orderId);
  const amount = parseAmount('input.amount', input.amount);
  const currency = parseCurrency('input.currency', input.currency);
  const reference = refuseNul('input.reference', input.reference ?? '').trim() || null;
  if (reference && reference.length > 200)
    throw badUserInput('input.reference', 'must be at most 200 characters');
  if (input.receivedAt.getTime() > Date.now() + 60_000) {
    throw badUserInput('input.receivedAt', 'must not be in the future');
  }
  const request = { operation: 'recordPayment', key: idempotencyKey, input };
  const id = await createIdempotently(context, request, async (manager) => {
    const order = await manager.findOne(Order, {
      where: { id: orderId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!order) throw notFound('Order', orderId, 'input.orderId');
    assertRecordAccess(context.caller, 'order:write', order.ownerId, `order ${orderId}`);
    const applied = applyPayment(order, amount, currency);
    const now = new Date();
    const payment = Object.assign(new Payment(), {
      id: newId(),
      orderId,
      customerId: order.customerId,
      ownerId: order.ownerId,
      amount,
      currency,
      receivedAt: input.receivedAt,
      reference,
      createdAt: now,
    });
    await manager.insert(Payment, payment);
    await manager.update(
      Order,
      { id: orderId },
      { paidAmount: applied.paidAmount, status: applied.status, updatedAt: now, version: order.version + 1 },
    );
    await appendToOutbox(manager, [
      paymentReceived(payment, applied.outstandingBalance, context.caller.userId, context.correlationId),
    ]);
    await recordCreation(manager, context, 'recordPayment', 'Payment', payment);
    await recordAudit(manager, context, {
      action: 'recordPayment',
      entityType: 'Order',
      entityId: orderId,
      before: { paidAmount: order.paidAmount, status: order.status },
      after: { paidAmount: applied.paidAmount, status: applied.status },
    });
    return payment.id;
  });
  const payment = await context.loaders.paymentById.load(id);
  if (!payment) throw notFound('Payment', id);
  return payment;
}

export const paymentResolvers: GraphQLResolverMap<Context> = {
  Mutation: {
    recordPayment: guard(
      'order:write',
      (_: unknown, { input }: { input: RecordPaymentInput }, context: Context) =>
        recordPayment(input, context),
    ),
  },
  Payment: {
    __resolveReference: guardReference('order:read', async (reference: { id: string }, context: Context) =>
      withinScope(context.caller, 'order:read', await context.loaders.paymentById.load(reference.id)),
    ),
    order: (payment: Payment, _: unknown, context: Context) => orderShown(payment.orderId, context),
    customer: (payment: Payment) => ({ __typename: 'Customer', id: payment.customerId }),
    amount: (payment: Payment) => ({ amount: payment.amount, currency: payment.currency }),
  },
};
