import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import type { EntityManager } from 'typeorm';
import { newId } from '@crm/db';
import { badUserInput, notFound } from '@crm/errors';
import { appendToOutbox } from '@crm/messaging';
import { assertRecordAccess, guard, guardReference, readableOwnerIds, withinScope } from '@crm/permissions';
import {
  createIdempotently,
  paginate,
  parseId,
  recordCreation,
  type PageRequest,
  type RequestContext,
} from '@crm/subgraph-kit';
import { Contract } from '../data/contract.entity';
import { dealOf } from '../data/document-parties';
import { OpportunityLineItem } from '../data/opportunity-line-item.entity';
import { OrderLine } from '../data/order-line.entity';
import { Order } from '../data/order.entity';
import { lineView } from '../data/priced-lines';
import { isInForce } from '../domain/contract-status';
import { addDays, todayInUtc } from '../domain/contract-terms';
import { isOverdue, outstandingBalance } from '../domain/order-balance';
import { priceDocument, type LineInput } from '../domain/quote-totals';
import { orderPlaced } from '../events/order-placed.event';
import type { SalesLoaders } from '../sales-loaders';
import { contractShown, dealShown } from './document-links';
import { isGiven } from '../domain/input-parsing';

type Context = RequestContext<SalesLoaders>;

interface PlaceOrderInput {
  opportunityId?: string | null;
  contractId?: string | null;
  dueDate?: string | null;
}

/** Payment terms when the caller names no due date: net 30. */
const DEFAULT_PAYMENT_DAYS = 30;

export async function orderById(id: string, context: Context, field = 'id'): Promise<Order> {
  const order = await context.loaders.orderById.load(parseId(field, id));
  if (!order) throw notFound('Order', id, field);
  assertRecordAccess(context.caller, 'order:read', order.ownerId, `order ${id}`);
  return order;
}

const singleLine = (description: string, amount: string): LineInput => ({
  productId: null,
  description,
  quantity: 1,
  unitPrice: amount,
  discountPercent: '0',
});

/** What is ordered: a won deal's line items (or one line for its amount), or a contract in force. */
async function orderSource(manager: EntityManager, input: PlaceOrderInput) {
  if (isGiven(input.opportunityId) === isGiven(input.contractId)) {
    throw badUserInput('input.opportunityId', 'give either an opportunityId or a contractId');
  }
  if (isGiven(input.opportunityId)) {
    const deal = await dealOf(
      manager,
      parseId('input.opportunityId', input.opportunityId!),
      'input.opportunityId',
    );
    if (deal.stage !== 'CLOSED_WON') {
      throw badUserInput('input.opportunityId', `the deal must be CLOSED_WON (it is ${deal.stage})`);
    }
    const items = await manager.find(OpportunityLineItem, {
      where: { opportunityId: deal.id },
      order: { position: 'ASC' },
    });
    return {
      customerId: deal.customerId,
      opportunityId: deal.id,
      contractId: null,
      ownerId: deal.ownerId,
      currency: deal.currency,
      lines: items.length ? items : [singleLine(deal.name, deal.amount)],
    };
  }
  const id = parseId('input.contractId', input.contractId!);
  const contract = await manager.findOne(Contract, { where: { id }, lock: { mode: 'pessimistic_read' } });
  if (!contract) throw notFound('Contract', id, 'input.contractId');
  if (!isInForce(contract.status)) {
    throw badUserInput(
      'input.contractId',
      `the contract must be SIGNED or ACTIVE (it is ${contract.status})`,
    );
  }
  return {
    customerId: contract.customerId,
    opportunityId: contract.opportunityId,
    contractId: contract.id,
    ownerId: contract.ownerId,
    currency: contract.currency,
    lines: [singleLine(`Contract ${contract.startDate} – ${contract.endDate}`, contract.value)],
  };
}

async function placeOrder(
  { idempotencyKey, ...input }: PlaceOrderInput & { idempotencyKey?: string | null },
  context: Context,
): Promise<Order> {
  const request = { operation: 'placeOrder', key: idempotencyKey, input };
  const id = await createIdempotently(context, request, async (manager) => {
    const source = await orderSource(manager, input);
    assertRecordAccess(context.caller, 'order:write', source.ownerId, `the deal's or contract's orders`);
    const totals = priceDocument(
      source.lines.map(({ productId, description, quantity, unitPrice, discountPercent }) => ({
        productId,
        description,
        quantity,
        unitPrice,
        discountPercent,
      })),
      source.currency,
    );
    const now = new Date();
    const order = Object.assign(new Order(), {
      id: newId(),
      customerId: source.customerId,
      opportunityId: source.opportunityId,
      contractId: source.contractId,
      ownerId: source.ownerId,
      status: 'PLACED',
      total: totals.total,
      currency: source.currency,
      paidAmount: '0',
      // Back-dated due dates are allowed: invoices are often entered after they were sent.
      dueDate: input.dueDate ?? addDays(todayInUtc(now), DEFAULT_PAYMENT_DAYS),
      placedAt: now,
      createdAt: now,
      updatedAt: now,
      version: 1,
    });
    await manager.insert(Order, order);
    await manager.insert(
      OrderLine,
      totals.lines.map((line) => Object.assign(new OrderLine(), { ...line, id: newId(), orderId: order.id })),
    );
    await appendToOutbox(manager, [orderPlaced(order, context.caller.userId, context.correlationId)]);
    await recordCreation(manager, context, 'placeOrder', 'Order', order, { ...order, lines: totals.lines });
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
    .where("order.status <> 'PAID'")
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
      placeOrder(input, context),
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
