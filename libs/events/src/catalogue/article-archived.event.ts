import type { EventDefinition } from '../event-definition';
import { VERSION_NUMBER } from './article-fields.schema';
import { DATE_TIME, UUID } from './schema-fragments';

export interface ArticleArchivedPayload {
  articleId: string;
  /** The last version agents could read. */
  versionNumber: number;
  archivedBy: string;
  archivedAt: string;
}

export const articleArchived: EventDefinition<'crm.service.article.archived', ArticleArchivedPayload> = {
  type: 'crm.service.article.archived',
  service: 'service',
  aggregate: 'article',
  version: 1,
  description:
    'A published article was archived (PUBLISHED → ARCHIVED, final): no longer searched or suggested; its links stay.',
  aggregateIdField: 'articleId',
  schema: {
    type: 'object',
    additionalProperties: false,
    required: ['articleId', 'versionNumber', 'archivedBy', 'archivedAt'],
    properties: {
      articleId: UUID,
      versionNumber: VERSION_NUMBER,
      archivedBy: UUID,
      archivedAt: DATE_TIME,
    },
  },
  example: {
    articleId: '01950e00-0000-7000-8000-000000000001',
    versionNumber: 3,
    archivedBy: '01950c80-0000-7000-8000-00000000a1e5',
    archivedAt: '2025-09-01T10:00:00.000Z',
  },
};
