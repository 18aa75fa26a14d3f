import { In, type DataSource } from 'typeorm';
import { TicketStatusChange } from './ticket-status-change.entity';

/** Oldest first: the ticket's story as it happened. */
export function historyOfTickets(dataSource: DataSource, ticketIds: readonly string[]) {
  return dataSource.getRepository(TicketStatusChange).find({
    where: { ticketId: In([...ticketIds]) },
    order: { changedAt: 'ASC', id: 'ASC' },
  });
}
