import { In, type DataSource } from 'typeorm';
import { systemClock, type Clock } from '@crm/scheduler';
import { childrenPageLoader, loaderById, loaderByParent } from '@crm/subgraph-kit';
import { QueueAssignmentRule } from './data/queue-assignment-rule.entity';
import { commentsOfTickets } from './data/ticket-comment.repository';
import { historyOfTickets } from './data/ticket-history.repository';
import { createKnowledgeLoaders } from './data/knowledge.loaders';
import { Ticket } from './data/ticket.entity';
import { findTicketsByIds } from './data/ticket.repository';
import { agentsOfQueues } from './data/queue-agents.repository';
import { ticketSlaLoader } from './data/ticket-sla.loader';
import { findSurveysByIds } from './data/survey.repository';
import { scoresOfCustomers } from './data/survey-report.repository';

export function createServiceLoaders(dataSource: DataSource, clock?: Clock) {
  return {
    ...createKnowledgeLoaders(dataSource),
    ticketById: loaderById((ids) => findTicketsByIds(dataSource, ids)),
    ticketSla: ticketSlaLoader(dataSource, clock),
    /** The service's clock (a test's ManualClock): SLA states and the overdue filter read it. */
    now: () => (clock ?? systemClock).now(),
    ticketsOfCustomer: childrenPageLoader(dataSource, {
      entity: Ticket,
      parentColumn: 'customer_id',
      parentIdOf: (ticket) => ticket.customerId,
      // A ticket's queue plays the owner for record scope: pages restricted to `ownerIds` are queues.
      ownerColumn: 'queue_id',
    }),
    /** Every comment, internal notes included: the resolver drops what the caller may not read. */
    commentsOfTicket: loaderByParent(
      (ticketIds) => commentsOfTickets(dataSource, ticketIds, true),
      (comment) => comment.ticketId,
    ),
    historyOfTicket: loaderByParent(
      (ticketIds) => historyOfTickets(dataSource, ticketIds),
      (line) => line.ticketId,
    ),
    assignmentRuleOfQueue: loaderById((queueIds) =>
      dataSource.getRepository(QueueAssignmentRule).findBy({ id: In(queueIds) }),
    ),
    agentsOfQueue: loaderByParent(
      (queueIds) => agentsOfQueues(dataSource.manager, queueIds),
      (agent) => agent.queueId,
    ),
    surveyById: loaderById((ids) => findSurveysByIds(dataSource, ids)),
    scoresOfCustomer: loaderByParent(
      (ids) => scoresOfCustomers(dataSource, ids),
      (score) => score.customerId,
    ),
  };
}

export type ServiceLoaders = ReturnType<typeof createServiceLoaders>;
