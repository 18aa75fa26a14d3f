import { gql } from 'graphql-tag';
import type { ServiceConfig } from '@crm/config';
import { combineHandlers } from '@crm/messaging';
import { readSubgraphSdl, startSubgraph, type RunningSubgraph } from '@crm/subgraph-kit';
import { CreateTickets1764000000400 } from './data/migrations/1764000000400-create-tickets';
import { AddTicketQueue1764000000410 } from './data/migrations/1764000000410-add-ticket-queue';
import { CreateReferenceProjections1764000002400 } from './data/migrations/1764000002400-create-reference-projections';
import { ExtendTicketsForSupport1764000003400 } from './data/migrations/1764000003400-extend-tickets-for-support';
import { CreateQueueAgents1764000003417 } from './data/migrations/1764000003417-create-queue-agents';
import { IndexTicketList1764000003418 } from './data/migrations/1764000003418-index-ticket-list';
import { CreateSurveys1764000003800 } from './data/migrations/1764000003800-create-surveys';
import { Survey } from './data/survey.entity';
import { SurveyInvitation } from './data/survey-invitation.entity';
import { SurveyResponse } from './data/survey-response.entity';
import { surveyEventHandlers } from './events/survey-event-handlers';
import { surveyResolvers } from './resolvers/survey.resolvers';
import { surveyAnswerResolvers } from './resolvers/survey-answer.resolvers';
import { surveyReportResolvers } from './resolvers/survey-report.resolvers';
import { surveySettings, type SurveyOptions } from './survey-settings';
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

export const serviceTypeDefs = gql(readSubgraphSdl(__dirname));

/** What a test may set: the clock (survey expiry) and the environment read for settings. */
export type ServiceOptions = SurveyOptions;

export async function startServiceSubgraph(
  config: ServiceConfig,
  options: ServiceOptions = {},
): Promise<RunningSubgraph> {
  const surveys = surveySettings(options);
  const subgraph = await startSubgraph({
    config,
    typeDefs: serviceTypeDefs,
    resolvers: [
      ticketResolvers,
      ticketWorkflowResolvers,
      ticketConversationResolvers,
      ticketQueueResolvers,
      customerResolvers,
      surveyResolvers,
      surveyReportResolvers,
      surveyAnswerResolvers(surveys.clock),
    ],
    entities: [
      Ticket,
      TicketComment,
      TicketStatusChange,
      KnownCustomer,
      KnownTeam,
      KnownUser,
      QueueAssignmentRule,
      ...[Survey, SurveyInvitation, SurveyResponse],
    ],
    migrations: [
      CreateTickets1764000000400,
      AddTicketQueue1764000000410,
      CreateReferenceProjections1764000002400,
      ExtendTicketsForSupport1764000003400,
      CreateQueueAgents1764000003417,
      IndexTicketList1764000003418,
      CreateSurveys1764000003800,
    ],
    createLoaders: createServiceLoaders,
    // Surveys' handlers of an event run after the tickets' (customer.merged needs the merge recorded).
    eventHandlers: combineHandlers(
      {
        'crm.customer.customer.created': onCustomerCreated,
        'crm.customer.customer.merged': onCustomerMerged,
        'crm.customer.customer.erased': onCustomerErased,
        'crm.identity.team.created': onTeamCreated,
        'crm.identity.user.created': onUserCreated,
        'crm.identity.user.team_assigned': onUserTeamAssigned,
        'crm.identity.user.roles_changed': onUserRolesChanged,
        'crm.identity.user.deactivated': onUserDeactivated,
      },
      surveyEventHandlers(surveys),
    ),
  }).catch((error: unknown) => {
    surveys.close();
    throw error;
  });
  return {
    ...subgraph,
    async stop() {
      await subgraph.stop();
      surveys.close();
    },
  };
}
