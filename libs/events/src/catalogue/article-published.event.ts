import type { EventDefinition } from '../event-definition';
import { ARTICLE_TITLE, VERSION_NUMBER } from './article-fields.schema';
import { DATE_TIME, NULLABLE_UUID, UUID } from './schema-fragments';

export interface ArticlePublishedPayload {
  articleId: string;
  title: string;
  categoryId: string | null;
  versionNumber: number;
  publishedBy: string;
  publishedAt: string;
}

export const articlePublished: EventDefinition<'crm.service.article.published', ArticlePublishedPayload> = {
  type: 'crm.service.article.published',
  service: 'service',
  aggregate: 'article',
  version: 1,
  description:
    'A draft article was published (DRAFT → PUBLISHED): agents find it and tickets get it suggested.',
  aggregateIdField: 'articleId',
  schema: {
    type: 'object',
    additionalProperties: false,
    required: ['articleId', 'title', 'categoryId', 'versionNumber', 'publishedBy', 'publishedAt'],
    properties: {
      articleId: UUID,
      title: ARTICLE_TITLE,
      categoryId: NULLABLE_UUID,
      versionNumber: VERSION_NUMBER,
      publishedBy: UUID,
      publishedAt: DATE_TIME,
    },
  },
  example: {
    articleId: '01950e00-0000-7000-8000-000000000001',
    title: 'How refunds work',
    categoryId: '01950e00-0000-7000-8000-0000000000c1',
    versionNumber: 1,
    publishedBy: '01950c80-0000-7000-8000-00000000a1e5',
    publishedAt: '2025-03-01T10:00:00.000Z',
  },
};
