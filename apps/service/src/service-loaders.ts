import type { DataSource } from 'typeorm';
import { childrenPageLoader, loaderById, loaderByParent } from '@crm/subgraph-kit';
import { Ticket } from './data/ticket.entity';
import { findTicketsByIds } from './data/ticket.repository';
import { findSurveysByIds } from './data/survey.repository';
import { scoresOfCustomers } from './data/survey-report.repository';

export function createServiceLoaders(dataSource: DataSource) {
  return {
    ticketById: loaderById((ids) => findTicketsByIds(dataSource, ids)),
    ticketsOfCustomer: childrenPageLoader(dataSource, {
      entity: Ticket,
      parentColumn: 'customer_id',
      parentIdOf: (ticket) => ticket.customerId,
      // A ticket's queue plays the owner for record scope: pages restricted to `ownerIds` are queues.
      ownerColumn: 'queue_id',
    }),
    surveyById: loaderById((ids) => findSurveysByIds(dataSource, ids)),
    scoresOfCustomer: loaderByParent(
      (ids) => scoresOfCustomers(dataSource, ids),
      (score) => score.customerId,
    ),
  };
}

export type ServiceLoaders = ReturnType<typeof createServiceLoaders>;
