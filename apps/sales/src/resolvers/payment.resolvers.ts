import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { notFound } from '@crm/errors';
import { guard, guardReference, withinScope } from '@crm/permissions';
import { createIdempotently, parseId, scopeOfRequest, type RequestContext } from '@crm/subgraph-kit';
import { recordPayment } from '../changes/payment.changes';
import type { Payment } from '../data/payment.entity';
import { parseNewPayment } from '../domain/new-payment';
import type { SalesLoaders } from '../sales-loaders';
import { orderShown } from './document-links';

type Context = RequestContext<SalesLoaders>;

interface RecordPaymentInput {
  orderId: string;
  amount: string;
  currency: string;
  receivedAt: Date;
  reference?: string | null;
}

async function recordNewPayment(
  { idempotencyKey, ...input }: RecordPaymentInput & { idempotencyKey?: string | null },
  context: Context,
): Promise<Payment> {
  const orderId = parseId('input.orderId', input.orderId);
  const fields = parseNewPayment({ ...input, orderId }, new Date());
  const request = { operation: 'recordPayment', key: idempotencyKey, input };
  const id = await createIdempotently(context, request, async (manager) => {
    const payment = await recordPayment({ ...scopeOfRequest(context), db: manager }, fields);
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
        recordNewPayment(input, context),
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
