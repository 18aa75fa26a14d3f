import type { EventDefinition } from '../event-definition';
import { DATE_TIME, UUID } from './schema-fragments';

export interface ArticleLinkedToTicketPayload {
  articleId: string;
  ticketId: string;
  customerId: string;
  /** The agent said the article solved the ticket: it counts in the article's solved count. */
  solvedIt: boolean;
  linkedBy: string;
  linkedAt: string;
}

export const articleLinkedToTicket: EventDefinition<
  'crm.service.article.linked_to_ticket',
  ArticleLinkedToTicketPayload
> = {
  type: 'crm.service.article.linked_to_ticket',
  service: 'service',
  aggregate: 'article',
  version: 1,
  description:
    "A published article was linked to a ticket's resolution, or its link changed whether it solved the ticket.",
  aggregateIdField: 'articleId',
  schema: {
    type: 'object',
    additionalProperties: false,
    required: ['articleId', 'ticketId', 'customerId', 'solvedIt', 'linkedBy', 'linkedAt'],
    properties: {
      articleId: UUID,
      ticketId: UUID,
      customerId: UUID,
      solvedIt: { type: 'boolean' },
      linkedBy: UUID,
      linkedAt: DATE_TIME,
    },
  },
  example: {
    articleId: '01950e00-0000-7000-8000-000000000001',
    ticketId: '01950d00-0000-7000-8000-000000000001',
    customerId: '01950c00-0000-7000-8000-000000000001',
    solvedIt: true,
    linkedBy: '01950c80-0000-7000-8000-00000000a1e5',
    linkedAt: '2025-03-01T15:00:00.000Z',
  },
};
