import type { DataSource } from 'typeorm';
import { systemOrigin } from '@crm/events';
import type { RecurringJob } from '@crm/scheduler';
import { runChange, scopeOfJob, type ChangeScope } from '@crm/subgraph-kit';
import { ordersToAnnounceOverdue } from '../data/due-work.repository';
import { Order } from '../data/order.entity';
import { todayInUtc } from '../domain/contract-terms';
import { isOverdueToAnnounce } from '../domain/order-overdue';
import { orderOverdue } from '../events/order-overdue.event';
import { sweep } from './sweep';

export const ORDER_OVERDUE_JOB = 'sales.order-overdue';

/**
 * Publishes `order.overdue` the first time an order is found overdue. The mark leaves the order's
 * version alone: a payment recorded against the version it read must not fail because of it.
 */
export function announceOverdueOrder(scope: ChangeScope, id: string, now: Date): Promise<boolean> {
  return runChange(scope, async (change) => {
    const order = await change.lock(Order, id);
    if (!isOverdueToAnnounce(order, todayInUtc(now))) return false;
    await change.manager.update(Order, { id }, { overdueNotifiedAt: now });
    change.publish(orderOverdue(order, now, change.origin));
    return true;
  });
}

export const orderOverdueJob = (dataSource: DataSource, cron: string): RecurringJob => ({
  name: ORDER_OVERDUE_JOB,
  cron,
  run: async ({ now, jobId }) => {
    const scope = scopeOfJob('sales', dataSource, systemOrigin(jobId));
    await sweep(
      () => ordersToAnnounceOverdue(dataSource, todayInUtc(now)),
      (id) => announceOverdueOrder(scope, id, now),
    );
  },
});
