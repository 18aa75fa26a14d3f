import { isOverdue } from './order-balance';

export interface DunnableOrder {
  total: string;
  paidAmount: string;
  dueDate: string;
  /** When the order was announced overdue, if it was. */
  overdueNotifiedAt: Date | null;
}

/** An order is announced overdue once: the first time `isOverdue` holds. */
export function isOverdueToAnnounce(order: DunnableOrder, today: string): boolean {
  return order.overdueNotifiedAt === null && isOverdue(order, today);
}
