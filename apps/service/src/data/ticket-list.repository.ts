import type { DataSource, SelectQueryBuilder } from 'typeorm';
import { paginate, type Connection, type KeysetOrder, type PageRequest } from '@crm/subgraph-kit';
import type { TicketCategory } from '../domain/ticket-category';
import type { TicketPriority } from '../domain/ticket-priority';
import type { TicketStatus } from '../domain/ticket-status';
import { Ticket } from './ticket.entity';

export interface TicketListFilter {
  /** The queues the caller may see; null: every queue. */
  queueIds: string[] | null;
  queueId?: string | null;
  status?: TicketStatus | null;
  assigneeId?: string | null;
  priority?: TicketPriority | null;
  category?: TicketCategory | null;
  customerId?: string | null;
  createdFrom?: Date | null;
  createdTo?: Date | null;
  /** Tickets whose SLA due time (kept by the SLA clock, indexed) is at or before this instant. */
  overdueAt?: Date | null;
}

/** Statuses whose SLA clock runs: a paused or resolved ticket is never overdue, whatever it stored. */
const RUNNING_SLA_STATUSES = ['NEW', 'ASSIGNED', 'IN_PROGRESS'];

export type TicketListOrder = 'NEWEST_FIRST' | 'OLDEST_FIRST';

/** Each equality filter has an index ending in (created_at, id) (migration 1764000003418). */
const EQUALITY_FILTERS = [
  ['queueId', 'queue_id'],
  ['status', 'status'],
  ['assigneeId', 'assignee_id'],
  ['priority', 'priority'],
  ['category', 'category'],
  ['customerId', 'customer_id'],
] as const;

/** The filtered rows, unordered: listTickets pages them, the index test EXPLAINs them. */
export function ticketListQuery(
  dataSource: DataSource,
  filter: TicketListFilter,
): SelectQueryBuilder<Ticket> {
  const query = dataSource.getRepository(Ticket).createQueryBuilder('ticket');
  // One queue (an agent's) as an equality, so the (queue_id, created_at, id) index also gives the order.
  if (filter.queueIds?.length === 1)
    query.andWhere('ticket.queue_id = :onlyQueueId', { onlyQueueId: filter.queueIds[0] });
  else if (filter.queueIds) query.andWhere('ticket.queue_id = ANY(:queueIds)', { queueIds: filter.queueIds });
  for (const [key, column] of EQUALITY_FILTERS) {
    const value = filter[key];
    if (value) query.andWhere(`ticket.${column} = :${key}`, { [key]: value });
  }
  if (filter.createdFrom)
    query.andWhere('ticket.created_at >= :createdFrom', { createdFrom: filter.createdFrom });
  if (filter.createdTo) query.andWhere('ticket.created_at < :createdTo', { createdTo: filter.createdTo });
  if (filter.overdueAt)
    query
      .andWhere('ticket.sla_due_at <= :overdueAt', { overdueAt: filter.overdueAt })
      .andWhere('ticket.status = ANY(:runningSla)', { runningSla: RUNNING_SLA_STATUSES });
  return query;
}

export function ticketListOrder(order: TicketListOrder): KeysetOrder<Ticket> {
  return {
    columns: ['ticket.created_at', 'ticket.id'],
    keys: ['timestamp', 'uuid'],
    direction: order === 'OLDEST_FIRST' ? 'ASC' : 'DESC',
    valuesOf: (row) => [row.createdAt.toISOString(), row.id],
  };
}

/** Keyset-paginated on (created_at, id), never OFFSET (DESIGN §5). */
export function listTickets(
  dataSource: DataSource,
  filter: TicketListFilter,
  order: TicketListOrder,
  page: PageRequest,
): Promise<Connection<Ticket>> {
  return paginate(ticketListQuery(dataSource, filter), ticketListOrder(order), page);
}
