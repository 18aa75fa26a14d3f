import { gql } from 'graphql-tag';
import type { ServiceConfig } from '@crm/config';
import { readSubgraphSdl, startSubgraph, type RunningSubgraph } from '@crm/subgraph-kit';
import { CreateTickets1764000000400 } from './data/migrations/1764000000400-create-tickets';
import { AddTicketQueue1764000000410 } from './data/migrations/1764000000410-add-ticket-queue';
import { CreateReferenceProjections1764000002400 } from './data/migrations/1764000002400-create-reference-projections';
import { ExtendTicketsForSupport1764000003400 } from './data/migrations/1764000003400-extend-tickets-for-support';
import { CreateQueueAgents1764000003417 } from './data/migrations/1764000003417-create-queue-agents';
import { IndexTicketList1764000003418 } from './data/migrations/1764000003418-index-ticket-list';
import { KnownUser } from './data/known-user.entity';
import { QueueAssignmentRule } from './data/queue-assignment-rule.entity';
import { KnownCustomer } from './data/known-customer.entity';
import { KnownTeam } from './data/known-team.entity';
import { Ticket } from './data/ticket.entity';
import { TicketComment } from './data/ticket-comment.entity';
import { TicketStatusChange } from './data/ticket-status-change.entity';
import { onCustomerCreated } from './events/customer-created.handler';
import { onCustomerErased } from './events/customer-erased.handler';
import { onCustomerMerged } from './events/customer-merged.handler';
import { onTeamCreated } from './events/team-created.handler';
import {
  onUserCreated,
  onUserDeactivated,
  onUserRolesChanged,
  onUserTeamAssigned,
} from './events/user-directory.handlers';
import { customerResolvers } from './resolvers/customer.resolvers';
import { ticketResolvers } from './resolvers/ticket.resolvers';
import { ticketConversationResolvers } from './resolvers/ticket-conversation.resolvers';
import { ticketQueueResolvers } from './resolvers/ticket-queues.resolvers';
import { ticketWorkflowResolvers } from './resolvers/ticket-workflow.resolvers';
import { createServiceLoaders } from './service-loaders';
import { ticketReopenWindowDays } from './changes/ticket-settings';

export const serviceTypeDefs = gql(readSubgraphSdl(__dirname));

export function startServiceSubgraph(config: ServiceConfig): Promise<RunningSubgraph> {
  // A bad TICKET_REOPEN_WINDOW_DAYS stops the start, not the first reopen.
  ticketReopenWindowDays();
  return startSubgraph({
    config,
    typeDefs: serviceTypeDefs,
    resolvers: [
      ticketResolvers,
      ticketWorkflowResolvers,
      ticketConversationResolvers,
      ticketQueueResolvers,
      customerResolvers,
    ],
    entities: [
      Ticket,
      TicketComment,
      TicketStatusChange,
      KnownCustomer,
      KnownTeam,
      KnownUser,
      QueueAssignmentRule,
    ],
    migrations: [
      CreateTickets1764000000400,
      AddTicketQueue1764000000410,
      CreateReferenceProjections1764000002400,
      ExtendTicketsForSupport1764000003400,
      CreateQueueAgents1764000003417,
      IndexTicketList1764000003418,
    ],
    createLoaders: createServiceLoaders,
    eventHandlers: {
      'crm.customer.customer.created': onCustomerCreated,
      'crm.customer.customer.merged': onCustomerMerged,
      'crm.customer.customer.erased': onCustomerErased,
      'crm.identity.team.created': onTeamCreated,
      'crm.identity.user.created': onUserCreated,
      'crm.identity.user.team_assigned': onUserTeamAssigned,
      'crm.identity.user.roles_changed': onUserRolesChanged,
      'crm.identity.user.deactivated': onUserDeactivated,
    },
  });
}
