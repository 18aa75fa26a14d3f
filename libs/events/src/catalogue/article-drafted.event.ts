import type { EventDefinition } from '../event-definition';
import { ARTICLE_TITLE } from './article-fields.schema';
import { DATE_TIME, NULLABLE_UUID, UUID } from './schema-fragments';

export interface ArticleDraftedPayload {
  articleId: string;
  title: string;
  categoryId: string | null;
  authorId: string;
  createdAt: string;
}

export const articleDrafted: EventDefinition<'crm.service.article.drafted', ArticleDraftedPayload> = {
  type: 'crm.service.article.drafted',
  service: 'service',
  aggregate: 'article',
  version: 1,
  description: 'A knowledge-base article was written as a draft: not searched or suggested until published.',
  aggregateIdField: 'articleId',
  schema: {
    type: 'object',
    additionalProperties: false,
    required: ['articleId', 'title', 'categoryId', 'authorId', 'createdAt'],
    properties: {
      articleId: UUID,
      title: ARTICLE_TITLE,
      categoryId: NULLABLE_UUID,
      authorId: UUID,
      createdAt: DATE_TIME,
    },
  },
  example: {
    articleId: '01950e00-0000-7000-8000-000000000001',
    title: 'How refunds work',
    categoryId: '01950e00-0000-7000-8000-0000000000c1',
    authorId: '01950c80-0000-7000-8000-00000000a1e5',
    createdAt: '2025-03-01T09:00:00.000Z',
  },
};
