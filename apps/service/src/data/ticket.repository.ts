import { In, type DataSource, type EntityManager } from 'typeorm';
import { isUuid } from '@crm/db';
import { decodeCursor, pageSizeOf, toConnection, type Connection, type PageRequest } from '@crm/subgraph-kit';
import { Ticket } from './ticket.entity';

export const ticketCursorOf = (ticket: Ticket) => [ticket.createdAt.toISOString(), ticket.id];

export async function insertTicket(manager: EntityManager, ticket: Ticket): Promise<void> {
  await manager.insert(Ticket, ticket);
}

/** A reference with a malformed id finds nothing instead of failing the whole batch. */
export function findTicketsByIds(dataSource: DataSource, ids: string[]): Promise<Ticket[]> {
  return dataSource.getRepository(Ticket).findBy({ id: In(ids.filter(isUuid)) });
}

/**
 * One page of tickets for each of many customers, in ONE query on tickets_customer_created_at:
 * a window function ranks each customer's tickets newest first and keeps `first + 1` of them
 * (the extra one tells whether another page follows).
 */
export async function pageTicketsOfCustomers(
  dataSource: DataSource,
  customerIds: string[],
  page: PageRequest,
): Promise<Map<string, Connection<Ticket>>> {
  const size = pageSizeOf(page.first);
  const after = page.after ? decodeCursor(page.after, 2) : null;
  const ranked = dataSource
    .createQueryBuilder()
    .select('ranked.id')
    .from(
      (sub) =>
        sub
          .select('t.id', 'id')
          .addSelect('row_number() OVER (PARTITION BY t.customer_id ORDER BY t.created_at DESC, t.id DESC)', 'rank')
          .from(Ticket, 't')
          .where('t.customer_id = ANY(:customerIds)')
          .andWhere(after ? '(t.created_at, t.id) < (:afterTime, :afterId)' : 'TRUE'),
      'ranked',
    )
    .where('ranked.rank <= :limit');
  const rows = await dataSource
    .getRepository(Ticket)
    .createQueryBuilder('ticket')
    .where(`ticket.id IN (${ranked.getQuery()})`)
    .setParameters({ customerIds: customerIds.filter(isUuid), limit: size + 1, afterTime: after?.[0], afterId: after?.[1] })
    .orderBy('ticket.created_at', 'DESC')
    .addOrderBy('ticket.id', 'DESC')
    .getMany();
  const byCustomer = new Map<string, Ticket[]>(customerIds.map((id) => [id, []]));
  for (const row of rows) byCustomer.get(row.customerId)?.push(row);
  return new Map(
    [...byCustomer].map(([customerId, list]) => [
      customerId,
      toConnection(list.slice(0, size), list.length > size, ticketCursorOf),
    ]),
  );
}
