import { notFound } from '@crm/errors';
import { assertQueueAccess } from '@crm/permissions';
import { runChange, type ChangeScope } from '@crm/subgraph-kit';
import { Article } from '../data/article.entity';
import { TicketArticle } from '../data/ticket-article.entity';
import { Ticket } from '../data/ticket.entity';
import { assertLinkable } from '../domain/article-status';
import { assertTicketTakesArticles } from '../domain/article-link';
import { articleLinkedToTicket } from '../events/article.events';

export interface ArticleLinkRequest {
  ticketId: string;
  articleId: string;
  solvedIt: boolean;
}

/**
 * Links a published article to a ticket of the caller's queue. Linking again with the same
 * `solvedIt` changes nothing (a retry publishes nothing twice); with another, the link changes.
 * The article is share-locked so it cannot be archived while the link is being made.
 */
export function linkArticleToTicket(scope: ChangeScope, request: ArticleLinkRequest): Promise<TicketArticle> {
  return runChange(scope, async (change) => {
    const ticket = await change.manager.findOneBy(Ticket, { id: request.ticketId });
    if (!ticket) throw notFound('Ticket', request.ticketId, 'ticketId');
    assertQueueAccess(change.caller, 'ticket:write', ticket.queueId, `ticket ${ticket.id}`);
    assertTicketTakesArticles(ticket.status, 'ticketId');
    const article = await change.manager.findOne(Article, {
      where: { id: request.articleId },
      lock: { mode: 'pessimistic_read' },
    });
    if (!article) throw notFound('Article', request.articleId, 'articleId');
    assertLinkable(article.status, 'articleId');
    const key = { ticketId: ticket.id, articleId: article.id };
    const existing = await change.manager.findOne(TicketArticle, {
      where: key,
      lock: { mode: 'pessimistic_write' },
    });
    if (existing?.solvedIt === request.solvedIt) return existing;
    const link = Object.assign(new TicketArticle(), {
      ...key,
      solvedIt: request.solvedIt,
      linkedBy: change.caller.userId,
      linkedAt: new Date(),
    });
    await change.manager.save(TicketArticle, link);
    change.audit({
      action: 'linkArticleToTicket',
      entityType: 'Ticket',
      entityId: ticket.id,
      before: existing ? { articleId: article.id, solvedIt: existing.solvedIt } : null,
      after: { articleId: article.id, solvedIt: link.solvedIt },
    });
    change.publish(articleLinkedToTicket(link, ticket.customerId, change.origin));
    return link;
  });
}
