import { notFound } from '@crm/errors';
import { guard, guardReference, withinScope } from '@crm/permissions';
import { runIdempotently, parseId, scopeOfRequest } from '@crm/subgraph-kit';
import { recordPayment } from '../changes/payment.changes';
import type { Payment } from '../data/payment.entity';
import { parseNewPayment } from '../domain/new-payment';
import { orderById } from './order.resolvers';
import type { Resolvers } from '../generated/resolvers-types';
import type { SalesContext } from '../sales-context';

interface RecordPaymentInput {
  orderId: string;
  amount: string;
  currency: string;
  receivedAt: Date | string;
  reference?: string | null;
  idempotencyKey?: string | null;
}

async function recordNewPayment(
  { idempotencyKey, ...input }: RecordPaymentInput,
  context: SalesContext,
): Promise<Payment> {
  const orderId = parseId('input.orderId', input.orderId);
  const fields = parseNewPayment({ ...input, orderId, receivedAt: new Date(input.receivedAt) }, new Date());
  const request = { operation: 'recordPayment', key: idempotencyKey, input };
  const id = await runIdempotently(scopeOfRequest(context), request, async (scope) => {
    const payment = await recordPayment(scope, fields);
    return payment.id;
  });
  const payment = await context.loaders.paymentById.load(id);
  if (!payment) throw notFound('Payment', id);
  return payment;
}

export const paymentResolvers: Resolvers = {
  Mutation: {
    recordPayment: guard('order:write', (_, { input }, context) => recordNewPayment(input, context)),
  },
  Payment: {
    __resolveReference: guardReference('order:read', async (reference, context) =>
      withinScope(context.caller, 'order:read', await context.loaders.paymentById.load(reference.id)),
    ),
    // The payment's owner is its order's: an order out of reach is FORBIDDEN, not a silent null.
    order: (payment, _, context) => orderById(payment.orderId, context),
    customer: (payment) => ({ __typename: 'Customer', id: payment.customerId }),
    amount: (payment) => ({ amount: payment.amount, currency: payment.currency }),
  },
};
