import { notFound } from '@crm/errors';
import { assertRecordAccess, guard, guardReference, readableOwnerIds, withinScope } from '@crm/permissions';
import { runIdempotently, paginate, parseId, scopeOfRequest, type PageRequest } from '@crm/subgraph-kit';
import { placeOrder, type OrderBasis } from '../changes/order.changes';
import { Order } from '../data/order.entity';
import { lineView } from '../data/priced-lines';
import { todayInUtc } from '../domain/contract-terms';
import { exactlyOneSource } from '../domain/document-sources';
import { isOverdue, outstandingBalance, SETTLED_ORDER_STATUS } from '../domain/order-balance';
import { contractShown, dealShown } from './document-links';
import type { Resolvers } from '../generated/resolvers-types';
import type { SalesContext } from '../sales-context';

interface PlaceOrderInput {
  opportunityId?: string | null;
  contractId?: string | null;
  dueDate?: string | null;
}

export async function orderById(id: string, context: SalesContext, field = 'id'): Promise<Order> {
  const order = await context.loaders.orderById.load(parseId(field, id));
  if (!order) throw notFound('Order', id, field);
  assertRecordAccess(context.caller, 'order:read', order.ownerId, `order ${id}`);
  return order;
}

/** What is ordered, its id parsed: a won deal or a contract in force. */
function orderBasis(input: PlaceOrderInput): OrderBasis {
  const source = exactlyOneSource(
    input,
    ['opportunityId', 'contractId'] as const,
    'give either an opportunityId or a contractId',
  );
  const id = parseId(`input.${source}`, input[source]!);
  return source === 'opportunityId' ? { opportunityId: id } : { contractId: id };
}

async function placeNewOrder(
  { idempotencyKey, ...input }: PlaceOrderInput & { idempotencyKey?: string | null },
  context: SalesContext,
): Promise<Order> {
  const basis = orderBasis(input);
  const request = { operation: 'placeOrder', key: idempotencyKey, input };
  const id = await runIdempotently(scopeOfRequest(context), request, async (scope) => {
    const order = await placeOrder(scope, { basis, dueDate: input.dueDate ?? null });
    return order.id;
  });
  return orderById(id, context);
}

/** Orders past their due date with money owed, oldest due first (partial index orders_unpaid_due). */
function overdueOrders(page: PageRequest, context: SalesContext) {
  const owners = readableOwnerIds(context.caller, 'order:read');
  const query = context.dataSource
    .getRepository(Order)
    .createQueryBuilder('order')
    // The same predicate as the partial index orders_unpaid_due, so the planner can use it.
    .where('order.status <> :settled', { settled: SETTLED_ORDER_STATUS })
    .andWhere('order.due_date < :today', { today: todayInUtc() });
  if (owners) query.andWhere('order.owner_id = ANY(:owners)', { owners });
  return paginate(
    query,
    {
      columns: ['order.due_date', 'order.id'],
      keys: ['date', 'uuid'],
      direction: 'ASC',
      valuesOf: (row) => [row.dueDate, row.id],
    },
    page,
  );
}

const money = (amount: string, order: Order) => ({ amount, currency: order.currency });

export const orderResolvers: Resolvers = {
  Query: {
    order: guard('order:read', (_, { id }, context) => orderById(id, context)),
    overdueOrders: guard('order:read', (_, page, context) => overdueOrders(page, context)),
  },
  Mutation: {
    placeOrder: guard('order:write', (_, { input }, context) => placeNewOrder(input, context)),
  },
  Order: {
    __resolveReference: guardReference('order:read', async (reference, context) =>
      withinScope(context.caller, 'order:read', await context.loaders.orderById.load(reference.id)),
    ),
    customer: (order) => ({ __typename: 'Customer', id: order.customerId }),
    opportunity: (order, _, context) => dealShown(order.opportunityId, context),
    contract: (order, _, context) => contractShown(order.contractId, context),
    owner: (order) => (order.ownerId ? { __typename: 'User', id: order.ownerId } : null),
    lines: async (order, _, context) =>
      (await context.loaders.linesOfOrder.load(order.id)).map((line) => lineView(line, order.currency)),
    total: (order) => money(order.total, order),
    paidAmount: (order) => money(order.paidAmount, order),
    outstandingBalance: (order) => money(outstandingBalance(order), order),
    overdue: (order) => isOverdue(order, todayInUtc()),
    payments: (order, _, context) => context.loaders.paymentsOfOrder.load(order.id),
  },
};
