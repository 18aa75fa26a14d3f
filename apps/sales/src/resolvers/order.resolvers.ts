import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { notFound } from '@crm/errors';
import { assertRecordAccess, guard, guardReference, readableOwnerIds, withinScope } from '@crm/permissions';
import {
  createIdempotently,
  paginate,
  parseId,
  scopeOfRequest,
  type PageRequest,
  type RequestContext,
} from '@crm/subgraph-kit';
import { placeOrder, type OrderBasis } from '../changes/order.changes';
import { Order } from '../data/order.entity';
import { lineView } from '../data/priced-lines';
import { todayInUtc } from '../domain/contract-terms';
import { exactlyOneSource } from '../domain/document-sources';
import { isOverdue, outstandingBalance, SETTLED_ORDER_STATUS } from '../domain/order-balance';
import type { SalesLoaders } from '../sales-loaders';
import { contractShown, dealShown } from './document-links';

type Context = RequestContext<SalesLoaders>;

interface PlaceOrderInput {
  opportunityId?: string | null;
  contractId?: string | null;
  dueDate?: string | null;
}

export async function orderById(id: string, context: Context, field = 'id'): Promise<Order> {
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
  context: Context,
): Promise<Order> {
  const basis = orderBasis(input);
  const request = { operation: 'placeOrder', key: idempotencyKey, input };
  const id = await createIdempotently(context, request, async (manager) => {
    const order = await placeOrder(
      { ...scopeOfRequest(context), db: manager },
      { basis, dueDate: input.dueDate ?? null },
    );
    return order.id;
  });
  return orderById(id, context);
}

/** Orders past their due date with money owed, oldest due first (partial index orders_unpaid_due). */
function overdueOrders(page: PageRequest, context: Context) {
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
    { columns: ['order.due_date', 'order.id'], direction: 'ASC', valuesOf: (row) => [row.dueDate, row.id] },
    page,
  );
}

const money = (amount: string, order: Order) => ({ amount, currency: order.currency });

export const orderResolvers: GraphQLResolverMap<Context> = {
  Query: {
    order: guard('order:read', (_: unknown, { id }: { id: string }, context: Context) =>
      orderById(id, context),
    ),
    overdueOrders: guard('order:read', (_: unknown, page: PageRequest, context: Context) =>
      overdueOrders(page, context),
    ),
  },
  Mutation: {
    placeOrder: guard('order:write', (_: unknown, { input }: { input: PlaceOrderInput }, context: Context) =>
      placeNewOrder(input, context),
    ),
  },
  Order: {
    __resolveReference: guardReference('order:read', async (reference: { id: string }, context: Context) =>
      withinScope(context.caller, 'order:read', await context.loaders.orderById.load(reference.id)),
    ),
    customer: (order: Order) => ({ __typename: 'Customer', id: order.customerId }),
    opportunity: (order: Order, _: unknown, context: Context) => dealShown(order.opportunityId, context),
    contract: (order: Order, _: unknown, context: Context) => contractShown(order.contractId, context),
    owner: (order: Order) => (order.ownerId ? { __typename: 'User', id: order.ownerId } : null),
    lines: async (order: Order, _: unknown, context: Context) =>
      (await context.loaders.linesOfOrder.load(order.id)).map((line) => lineView(line, order.currency)),
    total: (order: Order) => money(order.total, order),
    paidAmount: (order: Order) => money(order.paidAmount, order),
    outstandingBalance: (order: Order) => money(outstandingBalance(order), order),
    overdue: (order: Order) => isOverdue(order, todayInUtc()),
    payments: (order: Order, _: unknown, context: Context) => context.loaders.paymentsOfOrder.load(order.id),
  },
};
