import { userAudience } from '../audience';
import type { NotificationRule } from './notification-rule';

/** An order's owner hears when it still has a balance after its due date. */
export const orderOverdueRule: NotificationRule<'crm.sales.order.overdue'> = {
  eventType: 'crm.sales.order.overdue',
  plan: ({ data }) => ({
    message: {
      kind: 'ORDER_OVERDUE',
      subjectType: 'Order',
      subjectId: data.orderId,
      title: 'An order is overdue',
      body: `${data.outstandingBalance} ${data.currency} of ${data.total} ${data.currency} is unpaid since ${data.dueDate}.`,
    },
    audience: userAudience(data.ownerId),
  }),
};
