import { In, type DataSource, type EntityManager } from 'typeorm';
import { isUuid } from '@crm/db';
import { Ticket } from './ticket.entity';

/** A reference with a malformed id finds nothing instead of failing the whole batch. */
export function findTicketsByIds(dataSource: DataSource, ids: string[]): Promise<Ticket[]> {
  return dataSource.getRepository(Ticket).findBy({ id: In(ids.filter(isUuid)) });
}

/** The tickets still filed under customers merged into `survivorId`, locked for the change. */
export function lockTicketsOfCustomersMergedInto(
  manager: EntityManager,
  survivorId: string,
): Promise<Ticket[]> {
  return manager
    .getRepository(Ticket)
    .createQueryBuilder('ticket')
    .where('ticket.customer_id IN (SELECT id FROM known_customers WHERE merged_into_id = :survivorId)', {
      survivorId,
    })
    .orderBy('ticket.id')
    .setLock('pessimistic_write')
    .getMany();
}

export function lockTicketsOfCustomer(manager: EntityManager, customerId: string): Promise<Ticket[]> {
  return manager.find(Ticket, {
    where: { customerId },
    order: { id: 'ASC' },
    lock: { mode: 'pessimistic_write' },
  });
}

/** The number Postgres gave the ticket on insert (an identity column TypeORM does not read back). */
export async function numberOfTicket(manager: EntityManager, ticketId: string): Promise<number> {
  const [row]: { number: number }[] = await manager.query('SELECT number FROM tickets WHERE id = $1', [
    ticketId,
  ]);
  return row.number;
}
