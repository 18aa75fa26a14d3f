import type { DataSource } from 'typeorm';
import type { Clock } from '@crm/scheduler';
import { childrenPageLoader, loaderById } from '@crm/subgraph-kit';
import { Ticket } from './data/ticket.entity';
import { findTicketsByIds } from './data/ticket.repository';
import { ticketSlaLoader } from './data/ticket-sla.loader';

export function createServiceLoaders(dataSource: DataSource, clock?: Clock) {
  return {
    ticketById: loaderById((ids) => findTicketsByIds(dataSource, ids)),
    ticketSla: ticketSlaLoader(dataSource, clock),
    ticketsOfCustomer: childrenPageLoader(dataSource, {
      entity: Ticket,
      parentColumn: 'customer_id',
      parentIdOf: (ticket) => ticket.customerId,
      // A ticket's queue plays the owner for record scope: pages restricted to `ownerIds` are queues.
      ownerColumn: 'queue_id',
    }),
  };
}

export type ServiceLoaders = ReturnType<typeof createServiceLoaders>;
