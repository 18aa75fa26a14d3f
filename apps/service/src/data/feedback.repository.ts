import { In, type DataSource, type EntityManager } from 'typeorm';
import { isUuid } from '@crm/db';
import { paginate, type Connection, type PageRequest } from '@crm/subgraph-kit';
import type { FeedbackFilter } from '../domain/feedback-input';
import { Feedback } from './feedback.entity';

export function findFeedbackByIds(dataSource: DataSource, ids: string[]): Promise<Feedback[]> {
  return dataSource.getRepository(Feedback).findBy({ id: In(ids.filter(isUuid)) });
}

/** Feedback newest first by when it was received, keyset-paginated on (received_at, id). */
export function listFeedback(
  dataSource: DataSource,
  filter: FeedbackFilter,
  page: PageRequest,
): Promise<Connection<Feedback>> {
  const query = dataSource.getRepository(Feedback).createQueryBuilder('feedback');
  if (filter.category) query.andWhere('feedback.category = :category', { category: filter.category });
  if (filter.customerId)
    query.andWhere('feedback.customer_id = :customerId', { customerId: filter.customerId });
  if (filter.from) query.andWhere('feedback.received_at >= :from', { from: filter.from });
  if (filter.to) query.andWhere('feedback.received_at < :to', { to: filter.to });
  return paginate(
    query,
    {
      columns: ['feedback.received_at', 'feedback.id'],
      keys: ['timestamp', 'uuid'],
      direction: 'DESC',
      valuesOf: (feedback) => [feedback.receivedAt.toISOString(), feedback.id],
    },
    page,
  );
}

/** The feedback still filed under customers merged into `survivorId`, locked for the change. */
export function lockFeedbackOfCustomersMergedInto(
  manager: EntityManager,
  survivorId: string,
): Promise<Feedback[]> {
  return manager
    .getRepository(Feedback)
    .createQueryBuilder('feedback')
    .where('feedback.customer_id IN (SELECT id FROM known_customers WHERE merged_into_id = :survivorId)', {
      survivorId,
    })
    .orderBy('feedback.id')
    .setLock('pessimistic_write')
    .getMany();
}

export function lockFeedbackOfCustomer(manager: EntityManager, customerId: string): Promise<Feedback[]> {
  return manager.find(Feedback, {
    where: { customerId },
    order: { id: 'ASC' },
    lock: { mode: 'pessimistic_write' },
  });
}
