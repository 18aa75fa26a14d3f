import type { DataSource } from 'typeorm';
import { childrenPageLoader, loaderById } from '@crm/subgraph-kit';
import { createKnowledgeLoaders } from './data/knowledge.loaders';
import { Ticket } from './data/ticket.entity';
import { findTicketsByIds } from './data/ticket.repository';

export function createServiceLoaders(dataSource: DataSource) {
  return {
    ...createKnowledgeLoaders(dataSource),
    ticketById: loaderById((ids) => findTicketsByIds(dataSource, ids)),
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
