import { gql } from 'graphql-tag';
import type { ServiceConfig } from '@crm/config';
import { readSubgraphSdl, startSubgraph, type RunningSubgraph } from '@crm/subgraph-kit';
import { CreateTickets1764000000400 } from './data/migrations/1764000000400-create-tickets';
import { AddTicketQueue1764000000410 } from './data/migrations/1764000000410-add-ticket-queue';
import { CreateReferenceProjections1764000002400 } from './data/migrations/1764000002400-create-reference-projections';
import { ExtendTicketsForSupport1764000003400 } from './data/migrations/1764000003400-extend-tickets-for-support';
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
import { articleResolvers } from './resolvers/article.resolvers';
import { articleSearchResolvers } from './resolvers/article-search.resolvers';
import { customerResolvers } from './resolvers/customer.resolvers';
import { feedbackResolvers } from './resolvers/feedback.resolvers';
import { ticketResolvers } from './resolvers/ticket.resolvers';
import { createServiceLoaders } from './service-loaders';

export const serviceTypeDefs = gql(readSubgraphSdl(__dirname));

export function startServiceSubgraph(config: ServiceConfig): Promise<RunningSubgraph> {
  return startSubgraph({
    config,
    typeDefs: serviceTypeDefs,
    resolvers: [
      ticketResolvers,
      customerResolvers,
      articleResolvers,
      articleSearchResolvers,
      feedbackResolvers,
    ],
    entities: [
      Ticket,
      TicketComment,
      TicketStatusChange,
      KnownCustomer,
      KnownTeam,
      Article,
      ArticleCategory,
      ArticleVersion,
      TicketArticle,
      Feedback,
    ],
    migrations: [
      CreateTickets1764000000400,
      AddTicketQueue1764000000410,
      CreateReferenceProjections1764000002400,
      ExtendTicketsForSupport1764000003400,
      CreateKnowledgeBase1764000003700,
      CreateFeedback1764000003710,
    ],
    createLoaders: createServiceLoaders,
    eventHandlers: {
      'crm.customer.customer.created': onCustomerCreated,
      'crm.customer.customer.merged': onCustomerMerged,
      'crm.customer.customer.erased': onCustomerErased,
      'crm.identity.team.created': onTeamCreated,
    },
  });
}
