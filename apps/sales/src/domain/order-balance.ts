import Decimal from 'decimal.js';
import { badUserInput } from '@crm/errors';

/** PLACED until money arrives, PARTIALLY_PAID while a balance remains, PAID when none does. */
export const ORDER_STATUSES = ['PLACED', 'PARTIALLY_PAID', 'PAID'] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

/** The status of an order with nothing left to pay: every other order can become overdue. */
export const SETTLED_ORDER_STATUS: OrderStatus = 'PAID';

export interface OrderMoney {
  total: string;
  paidAmount: string;
  currency: string;
}

export function outstandingBalance(order: Pick<OrderMoney, 'total' | 'paidAmount'>): string {
  return new Decimal(order.total).minus(order.paidAmount).toFixed();
}

/** Unpaid money after the due date; the due date itself is still on time. */
export function isOverdue(
  order: Pick<OrderMoney, 'total' | 'paidAmount'> & { dueDate: string },
  today: string,
) {
  return order.dueDate < today && new Decimal(outstandingBalance(order)).greaterThan(0);
}

export interface AppliedPayment {
  paidAmount: string;
  outstandingBalance: string;
  status: OrderStatus;
}

/** A payment against the order: same currency, more than zero, at most the outstanding balance. */
export function applyPayment(
  order: OrderMoney,
  amount: string,
  currency: string,
  path = 'input',
): AppliedPayment {
  if (currency !== order.currency) {
    throw badUserInput(
      `${path}.currency`,
      `must be the order's currency ${order.currency} (got ${currency})`,
    );
  }
  const balance = new Decimal(outstandingBalance(order));
  if (new Decimal(amount).lessThanOrEqualTo(0)) {
    throw badUserInput(`${path}.amount`, `must be more than 0 (got ${amount})`);
  }
  if (new Decimal(amount).greaterThan(balance)) {
    throw badUserInput(
      `${path}.amount`,
      `is more than the outstanding balance ${balance.toFixed()} ${order.currency} (got ${amount})`,
    );
  }
  const paidAmount = new Decimal(order.paidAmount).plus(amount);
  const remaining = new Decimal(order.total).minus(paidAmount);
  return {
    paidAmount: paidAmount.toFixed(),
    outstandingBalance: remaining.toFixed(),
    status: remaining.isZero() ? 'PAID' : 'PARTIALLY_PAID',
  };
}
