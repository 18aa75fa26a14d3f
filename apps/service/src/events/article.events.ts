import { buildEvent, type EventOrigin } from '@crm/events';
import type { Article } from '../data/article.entity';
import type { TicketArticle } from '../data/ticket-article.entity';
import type { Revision } from '../domain/article-revision';

/** The builders of the article aggregate's events (topic crm.service.article.v1, keyed by article id). */

export const articleDrafted = (article: Article, origin: EventOrigin) =>
  buildEvent('crm.service.article.drafted', {
    subject: article.id,
    ...origin,
    data: {
      articleId: article.id,
      title: article.title,
      categoryId: article.categoryId,
      authorId: origin.actor,
      createdAt: article.createdAt.toISOString(),
    },
  });

export const articleRevised = (article: Article, revision: Revision, origin: EventOrigin) =>
  buildEvent('crm.service.article.revised', {
    subject: article.id,
    ...origin,
    data: {
      articleId: article.id,
      status: article.status,
      versionNumber: revision.number,
      newVersion: revision.newVersion,
      title: article.title,
      categoryId: article.categoryId,
      editedBy: origin.actor,
      revisedAt: article.updatedAt.toISOString(),
    },
  });

export const articlePublished = (article: Article, origin: EventOrigin) =>
  buildEvent('crm.service.article.published', {
    subject: article.id,
    ...origin,
    data: {
      articleId: article.id,
      title: article.title,
      categoryId: article.categoryId,
      versionNumber: article.currentVersion,
      publishedBy: origin.actor,
      publishedAt: (article.publishedAt ?? article.updatedAt).toISOString(),
    },
  });

export const articleArchived = (article: Article, origin: EventOrigin) =>
  buildEvent('crm.service.article.archived', {
    subject: article.id,
    ...origin,
    data: {
      articleId: article.id,
      versionNumber: article.currentVersion,
      archivedBy: origin.actor,
      archivedAt: (article.archivedAt ?? article.updatedAt).toISOString(),
    },
  });

export const articleLinkedToTicket = (link: TicketArticle, customerId: string, origin: EventOrigin) =>
  buildEvent('crm.service.article.linked_to_ticket', {
    subject: link.articleId,
    ...origin,
    data: {
      articleId: link.articleId,
      ticketId: link.ticketId,
      customerId,
      solvedIt: link.solvedIt,
      linkedBy: origin.actor,
      linkedAt: link.linkedAt.toISOString(),
    },
  });
