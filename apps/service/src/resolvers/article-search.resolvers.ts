import { guard } from '@crm/permissions';
import { parseId, scopeOfRequest } from '@crm/subgraph-kit';
import { linkArticleToTicket } from '../changes/ticket-article.changes';
import { searchPublishedArticles, suggestArticles } from '../data/article-search.repository';
import { parseHitLimit, parseSearchQuery } from '../domain/article-search-terms';
import type { Resolvers } from '../generated/resolvers-types';

export const articleSearchResolvers: Resolvers = {
  Query: {
    searchArticles: guard('article:read', (_, { query, categoryId, first }, context) =>
      searchPublishedArticles(context.dataSource, {
        text: parseSearchQuery(query, 'query'),
        categoryId: categoryId ? parseId('categoryId', categoryId) : null,
        limit: parseHitLimit(first, 10, 'first'),
      }),
    ),
  },
  Mutation: {
    // The ticket's queue decides (the change checks it); the article must be published.
    linkArticleToTicket: guard('ticket:write', (_, args, context) =>
      linkArticleToTicket(scopeOfRequest(context), {
        ticketId: parseId('ticketId', args.ticketId),
        articleId: parseId('articleId', args.articleId),
        solvedIt: args.solvedIt ?? true,
      }),
    ),
  },
  Ticket: {
    // The ticket itself was access-checked when it was resolved.
    suggestedArticles: guard('article:read', (ticket, { first }, context) =>
      suggestArticles(context.dataSource, {
        text: `${ticket.subject}\n${ticket.description ?? ''}`,
        categoryId: null,
        limit: parseHitLimit(first, 5, 'first'),
      }),
    ),
    linkedArticles: guard('article:read', (ticket, _, context) =>
      context.loaders.articleLinksOfTicket.load(ticket.id),
    ),
  },
  TicketArticleLink: {
    // Linked articles stay readable whatever their status since: the link is part of the ticket.
    article: async (link, _, context) => (await context.loaders.articleById.load(link.articleId))!,
  },
};
