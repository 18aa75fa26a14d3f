import { In, type DataSource, type EntityManager } from 'typeorm';
import { isUuid } from '@crm/db';
import { Ticket } from './ticket.entity';

export async function insertTicket(manager: EntityManager, ticket: Ticket): Promise<void> {
  await manager.insert(Ticket, ticket);
}

/** A reference with a malformed id finds nothing instead of failing the whole batch. */
export function findTicketsByIds(dataSource: DataSource, ids: string[]): Promise<Ticket[]> {
  return dataSource.getRepository(Ticket).findBy({ id: In(ids.filter(isUuid)) });
}
