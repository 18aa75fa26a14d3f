import type { EntityManager } from 'typeorm';
import { newId } from '@crm/db';
import { notFound } from '@crm/errors';
import { assertRecordAccess } from '@crm/permissions';
import { runChange, type ChangeScope } from '@crm/subgraph-kit';
import { Contract } from '../data/contract.entity';
import { dealOf } from '../data/document-parties';
import { OpportunityLineItem } from '../data/opportunity-line-item.entity';
import { OrderLine } from '../data/order-line.entity';
import { Order } from '../data/order.entity';
import { assertOrderable } from '../domain/contract-status';
import { addDays, todayInUtc } from '../domain/contract-terms';
import {
  assertDealWon,
  contractLine,
  DEFAULT_PAYMENT_DAYS,
  orderLinesOfDeal,
} from '../domain/document-sources';
import { priceDocument, type LineInput } from '../domain/quote-totals';
import { orderPlaced } from '../events/order-placed.event';

/** What is ordered: a won deal or a contract in force (ids parsed). */
export type OrderBasis = { opportunityId: string } | { contractId: string };

export interface NewOrder {
  basis: OrderBasis;
  /** Back-dated due dates are allowed: invoices are often entered after they were sent. */
  dueDate: string | null;
}

const asLine = ({ productId, description, quantity, unitPrice, discountPercent }: LineInput): LineInput => ({
  productId,
  description,
  quantity,
  unitPrice,
  discountPercent,
});

async function orderSource(manager: EntityManager, basis: OrderBasis) {
  if ('opportunityId' in basis) {
    const deal = await dealOf(manager, basis.opportunityId, 'input.opportunityId');
    assertDealWon(deal.stage, 'input.opportunityId');
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
      lines: orderLinesOfDeal(items.map(asLine), deal),
    };
  }
  const contract = await manager.findOne(Contract, {
    where: { id: basis.contractId },
    lock: { mode: 'pessimistic_read' },
  });
  if (!contract) throw notFound('Contract', basis.contractId, 'input.contractId');
  assertOrderable(contract.status, 'input.contractId');
  return {
    customerId: contract.customerId,
    opportunityId: contract.opportunityId,
    contractId: contract.id,
    ownerId: contract.ownerId,
    currency: contract.currency,
    lines: [contractLine(contract)],
  };
}

export function placeOrder(scope: ChangeScope, input: NewOrder): Promise<Order> {
  return runChange(scope, async (change) => {
    const source = await orderSource(change.manager, input.basis);
    assertRecordAccess(change.caller, 'order:write', source.ownerId, `the deal's or contract's orders`);
    const totals = priceDocument(source.lines, source.currency);
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
      dueDate: input.dueDate ?? addDays(todayInUtc(now), DEFAULT_PAYMENT_DAYS),
      placedAt: now,
      createdAt: now,
      updatedAt: now,
      version: 1,
    });
    await change.insert(Order, order, { action: 'placeOrder', shown: { ...order, lines: totals.lines } });
    await change.manager.insert(
      OrderLine,
      totals.lines.map((line) => Object.assign(new OrderLine(), { ...line, id: newId(), orderId: order.id })),
    );
    change.publish(orderPlaced(order, totals.lines, change.origin));
    return order;
  });
}
