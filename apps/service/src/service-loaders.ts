import type { DataSource } from 'typeorm';
import { childrenPageLoader, loaderById } from '@crm/subgraph-kit';
import { Ticket } from './data/ticket.entity';
import { findTicketsByIds } from './data/ticket.repository';

export function createServiceLoaders(dataSource: DataSource) {
  return {
    ticketById: loaderById((ids) => findTicketsByIds(dataSource, ids)),
    ticketsOfCustomer: childrenPageLoader(dataSource, {
      entity: Ticket,
      parentColumn: 'customer_id',
      parentIdOf: (ticket) => ticket.customerId,
    }),
  };
}

export type ServiceLoaders = ReturnType<typeof createServiceLoaders>;
