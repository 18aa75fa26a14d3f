import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { childrenPageLoader, loaderById, loaderByParent } from '@crm/subgraph-kit';
import { findArticlesByIds, findCategoriesByIds, versionsOfArticles } from './article.repository';
import { Feedback } from './feedback.entity';
import { findFeedbackByIds } from './feedback.repository';
import { linksOfTickets, solvedCountsOf } from './ticket-article.repository';

/** The knowledge base's and feedback's per-request loaders: one query per kind, whatever the list. */
export function createKnowledgeLoaders(dataSource: DataSource) {
  return {
    articleById: loaderById((ids) => findArticlesByIds(dataSource, ids)),
    articleCategoryById: loaderById((ids) => findCategoriesByIds(dataSource, ids)),
    versionsOfArticle: loaderByParent(
      (ids) => versionsOfArticles(dataSource, ids),
      (version) => version.articleId,
    ),
    solvedCountOfArticle: new DataLoader<string, number>(async (ids) => {
      const counts = await solvedCountsOf(dataSource, [...ids]);
      return ids.map((id) => counts.get(id) ?? 0);
    }),
    articleLinksOfTicket: loaderByParent(
      (ids) => linksOfTickets(dataSource, ids),
      (link) => link.ticketId,
    ),
    feedbackById: loaderById((ids) => findFeedbackByIds(dataSource, ids)),
    feedbackOfCustomer: childrenPageLoader(dataSource, {
      entity: Feedback,
      parentColumn: 'customer_id',
      parentIdOf: (feedback) => feedback.customerId,
      listedBy: { column: 'received_at', timeOf: (feedback) => feedback.receivedAt },
    }),
  };
}
