import { gql } from 'graphql-tag';
import { loadMailConfig, type MailConfig, type ServiceConfig } from '@crm/config';
import { createLogger } from '@crm/logger';
import { combineHandlers, type EventHandlers } from '@crm/messaging';
import type { Clock, Scheduler } from '@crm/scheduler';
import { readSubgraphSdl, startSubgraph, type RunningSubgraph } from '@crm/subgraph-kit';
import { CreateTickets1764000000400 } from './data/migrations/1764000000400-create-tickets';
import { AddTicketQueue1764000000410 } from './data/migrations/1764000000410-add-ticket-queue';
import { CreateReferenceProjections1764000002400 } from './data/migrations/1764000002400-create-reference-projections';
import { ExtendTicketsForSupport1764000003400 } from './data/migrations/1764000003400-extend-tickets-for-support';
import { CreateQueueMailboxes1764000003600 } from './data/migrations/1764000003600-create-queue-mailboxes';
import { KnownContact } from './data/known-contact.entity';
import { QueueMailbox } from './data/queue-mailbox.entity';
import { mailEventHandlers, replyMailerOf } from './mail/service-mail';
import { startSupportMailListener } from './mail/support-mail-listener';
import { queueMailboxResolvers } from './resolvers/queue-mailbox.resolvers';
import { CreateQueueAgents1764000003417 } from './data/migrations/1764000003417-create-queue-agents';
import { IndexTicketList1764000003418 } from './data/migrations/1764000003418-index-ticket-list';
import { KnownUser } from './data/known-user.entity';
import { QueueAssignmentRule } from './data/queue-assignment-rule.entity';
import { CreateSla1764000003500 } from './data/migrations/1764000003500-create-sla';
import { CreateSurveys1764000003800 } from './data/migrations/1764000003800-create-surveys';
import { Survey } from './data/survey.entity';
import { SurveyInvitation } from './data/survey-invitation.entity';
import { SurveyResponse } from './data/survey-response.entity';
import { ticketReopenWindowDays } from './changes/ticket-settings';
import { surveyEventHandlers } from './events/survey-event-handlers';
import { surveyResolvers } from './resolvers/survey.resolvers';
import { surveyAnswerResolvers } from './resolvers/survey-answer.resolvers';
import { surveyReportResolvers } from './resolvers/survey-report.resolvers';
import { surveySettings, type SurveySettings } from './survey-settings';
import { BusinessCalendarRow } from './data/business-calendar.entity';
import { TicketSlaMilestone } from './data/sla-milestone.entity';
import { SlaPolicy } from './data/sla-policy.entity';
import { onCustomerTierChanged } from './events/customer-tier-changed.handler';
import { startServiceJobs, type ServiceJobsOptions } from './jobs/service-jobs';
import { slaResolvers } from './resolvers/sla.resolvers';
import { CreateKnowledgeBase1764000003700 } from './data/migrations/1764000003700-create-knowledge-base';
import { CreateFeedback1764000003710 } from './data/migrations/1764000003710-create-feedback';
import { Article } from './data/article.entity';
import { ArticleCategory } from './data/article-category.entity';
import { ArticleVersion } from './data/article-version.entity';
import { Feedback } from './data/feedback.entity';
import { TicketArticle } from './data/ticket-article.entity';
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
import { articleResolvers } from './resolvers/article.resolvers';
import { articleSearchResolvers } from './resolvers/article-search.resolvers';
import { customerResolvers } from './resolvers/customer.resolvers';
import { feedbackResolvers } from './resolvers/feedback.resolvers';
import { ticketResolvers } from './resolvers/ticket.resolvers';
import { ticketConversationResolvers } from './resolvers/ticket-conversation.resolvers';
import { ticketQueueResolvers } from './resolvers/ticket-queues.resolvers';
import { ticketWorkflowResolvers } from './resolvers/ticket-workflow.resolvers';
import { createServiceLoaders } from './service-loaders';
import { observeSchedulerQueues } from '@crm/metrics';

export const serviceTypeDefs = gql(readSubgraphSdl(__dirname));

/** What a test may set: the clock (SLA jobs, survey expiry), the environment read for settings, mail. */
export interface ServiceOptions extends ServiceJobsOptions {
  /** Defaults to the environment's (loadMailConfig). */
  mail?: MailConfig;
}

export interface RunningService extends RunningSubgraph {
  /** The time rules' scheduler (jobs/service-jobs.ts). */
  jobs: Scheduler;
  /** Where the SMTP listener for mail to the queues' addresses listens. */
  inboundMail: { host: string; port: number };
}

/**
 * The service subgraph with its scheduled jobs (SLA warnings, breaches, escalation), its SMTP
 * listener for support mail, its mailer for agents' replies and its survey invitations.
 */
export async function startServiceSubgraph(
  config: ServiceConfig,
  options: ServiceOptions = {},
): Promise<RunningService> {
  // A bad TICKET_REOPEN_WINDOW_DAYS stops the start, not the first reopen.
  ticketReopenWindowDays();
  const mail = options.mail ?? loadMailConfig(options.env ?? process.env);
  const mailer = replyMailerOf(mail, createLogger('service-mail', config.logLevel));
  const surveys = surveySettings({ mail, clock: options.clock, env: options.env });
  const subgraph = await serveServiceGraph(config, mailEventHandlers(mailer), surveys, options.clock).catch(
    (error: unknown) => {
      surveys.close();
      throw error;
    },
  );
  const stopOnFailure = async (error: unknown): Promise<never> => {
    await subgraph.stop();
    mailer?.sender.close();
    surveys.close();
    throw error;
  };
  const jobs = await startServiceJobs(config, subgraph.dataSource, subgraph.logger, options).catch(
    stopOnFailure,
  );
  observeSchedulerQueues(subgraph.metrics, () => jobs.queueStates());
  const listener = await startSupportMailListener(mail, subgraph.dataSource, subgraph.logger).catch(
    async (error: unknown) => {
      await jobs.stop();
      return stopOnFailure(error);
    },
  );
  subgraph.logger.info({ host: listener.host, port: listener.port }, 'listening for support mail (SMTP)');
  return {
    ...subgraph,
    jobs,
    inboundMail: { host: listener.host, port: listener.port },
    async stop() {
      await listener.stop();
      await jobs.stop();
      await subgraph.stop();
      mailer?.sender.close();
      surveys.close();
    },
  };
}

function serveServiceGraph(
  config: ServiceConfig,
  mailHandlers: EventHandlers,
  surveys: SurveySettings,
  clock?: Clock,
): Promise<RunningSubgraph> {
  return startSubgraph({
    config,
    typeDefs: serviceTypeDefs,
    resolvers: [
      ticketResolvers,
      ticketWorkflowResolvers,
      ticketConversationResolvers,
      ticketQueueResolvers,
      customerResolvers,
      queueMailboxResolvers,
      slaResolvers,
      ...[surveyResolvers, surveyReportResolvers, surveyAnswerResolvers(surveys.clock)],
      ...[articleResolvers, articleSearchResolvers, feedbackResolvers],
    ],
    entities: [
      ...[
        Ticket,
        TicketComment,
        TicketStatusChange,
        KnownCustomer,
        KnownTeam,
        KnownUser,
        QueueAssignmentRule,
      ],
      ...[QueueMailbox, KnownContact],
      ...[SlaPolicy, BusinessCalendarRow, TicketSlaMilestone],
      ...[Survey, SurveyInvitation, SurveyResponse],
      ...[Article, ArticleCategory, ArticleVersion, TicketArticle, Feedback],
    ],
    migrations: [
      CreateTickets1764000000400,
      AddTicketQueue1764000000410,
      CreateReferenceProjections1764000002400,
      ExtendTicketsForSupport1764000003400,
      CreateQueueAgents1764000003417,
      IndexTicketList1764000003418,
      CreateSla1764000003500,
      CreateQueueMailboxes1764000003600,
      CreateSurveys1764000003800,
      CreateKnowledgeBase1764000003700,
      CreateFeedback1764000003710,
    ],
    createLoaders: (dataSource) => createServiceLoaders(dataSource, clock),
    eventHandlers: combineHandlers(
      {
        'crm.customer.customer.created': onCustomerCreated,
        'crm.customer.customer.merged': onCustomerMerged,
        'crm.customer.customer.erased': onCustomerErased,
        'crm.customer.customer.tier_changed': onCustomerTierChanged,
        'crm.identity.team.created': onTeamCreated,
        'crm.identity.user.created': onUserCreated,
        'crm.identity.user.team_assigned': onUserTeamAssigned,
        'crm.identity.user.roles_changed': onUserRolesChanged,
        'crm.identity.user.deactivated': onUserDeactivated,
      },
      mailHandlers,
      // After the tickets' handlers of the same event: customer.merged needs the merge recorded.
      surveyEventHandlers(surveys),
    ),
  });
}
