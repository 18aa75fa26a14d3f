import type { DataSource } from 'typeorm';
import { paginate, type Connection, type KeysetOrder, type PageRequest } from '@crm/subgraph-kit';
import { Notification } from './notification.entity';

const NEWEST_FIRST: KeysetOrder<Notification> = {
  columns: ['n.created_at', 'n.id'],
  keys: ['timestamp', 'uuid'],
  direction: 'DESC',
  valuesOf: (row) => [row.createdAt.toISOString(), row.id],
};

/** A user's inbox, newest first (index notifications_inbox, or notifications_unread when unread only). */
export function inboxOf(
  dataSource: DataSource,
  recipientId: string,
  unreadOnly: boolean,
  page: PageRequest,
): Promise<Connection<Notification>> {
  const query = dataSource
    .getRepository(Notification)
    .createQueryBuilder('n')
    .where('n.recipient_id = :recipientId AND n.in_app', { recipientId });
  if (unreadOnly) query.andWhere('n.read_at IS NULL');
  return paginate(query, NEWEST_FIRST, page);
}

export function unreadCountOf(dataSource: DataSource, recipientId: string): Promise<number> {
  return dataSource
    .getRepository(Notification)
    .createQueryBuilder('n')
    .where('n.recipient_id = :recipientId AND n.in_app AND n.read_at IS NULL', { recipientId })
    .getCount();
}
