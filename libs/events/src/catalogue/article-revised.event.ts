import type { EventDefinition } from '../event-definition';
import {
  ARTICLE_STATUS,
  ARTICLE_TITLE,
  VERSION_NUMBER,
  type ArticleStatusName,
} from './article-fields.schema';
import { DATE_TIME, NULLABLE_UUID, UUID } from './schema-fragments';

export interface ArticleRevisedPayload {
  articleId: string;
  /** DRAFT: the draft's text was replaced; PUBLISHED: the edit is the article's next version. */
  status: ArticleStatusName;
  versionNumber: number;
  newVersion: boolean;
  title: string;
  categoryId: string | null;
  editedBy: string;
  revisedAt: string;
}

export const articleRevised: EventDefinition<'crm.service.article.revised', ArticleRevisedPayload> = {
  type: 'crm.service.article.revised',
  service: 'service',
  aggregate: 'article',
  version: 1,
  description:
    "An article's text changed: a draft is edited in place, a published article gets its next version (newVersion).",
  aggregateIdField: 'articleId',
  schema: {
    type: 'object',
    additionalProperties: false,
    required: [
      'articleId',
      'status',
      'versionNumber',
      'newVersion',
      'title',
      'categoryId',
      'editedBy',
      'revisedAt',
    ],
    properties: {
      articleId: UUID,
      status: ARTICLE_STATUS,
      versionNumber: VERSION_NUMBER,
      newVersion: { type: 'boolean' },
      title: ARTICLE_TITLE,
      categoryId: NULLABLE_UUID,
      editedBy: UUID,
      revisedAt: DATE_TIME,
    },
  },
  example: {
    articleId: '01950e00-0000-7000-8000-000000000001',
    status: 'PUBLISHED',
    versionNumber: 2,
    newVersion: true,
    title: 'How refunds work (2025)',
    categoryId: '01950e00-0000-7000-8000-0000000000c1',
    editedBy: '01950c80-0000-7000-8000-00000000a1e5',
    revisedAt: '2025-03-02T09:00:00.000Z',
  },
};
