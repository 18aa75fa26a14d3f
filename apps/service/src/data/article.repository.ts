import { In, type DataSource } from 'typeorm';
import { isUuid } from '@crm/db';
import { paginate, type Connection, type PageRequest } from '@crm/subgraph-kit';
import type { ArticleStatus } from '../domain/article-status';
import { ArticleCategory } from './article-category.entity';
import { ArticleVersion } from './article-version.entity';
import { Article } from './article.entity';

export interface ArticleListFilter {
  status: ArticleStatus | null;
  categoryId: string | null;
  /** Callers who may not write articles do not see drafts. */
  withDrafts: boolean;
}

/** A reference with a malformed id finds nothing instead of failing the whole batch. */
export function findArticlesByIds(dataSource: DataSource, ids: string[]): Promise<Article[]> {
  return dataSource.getRepository(Article).findBy({ id: In(ids.filter(isUuid)) });
}

export function findCategoriesByIds(dataSource: DataSource, ids: string[]): Promise<ArticleCategory[]> {
  return dataSource.getRepository(ArticleCategory).findBy({ id: In(ids.filter(isUuid)) });
}

export function listArticleCategories(dataSource: DataSource): Promise<ArticleCategory[]> {
  return dataSource.getRepository(ArticleCategory).find({ order: { name: 'ASC' } });
}

/** Every version of these articles, newest first. */
export function versionsOfArticles(dataSource: DataSource, articleIds: string[]): Promise<ArticleVersion[]> {
  return dataSource
    .getRepository(ArticleVersion)
    .find({ where: { articleId: In(articleIds) }, order: { number: 'DESC' } });
}

/** Articles most recently changed first, keyset-paginated on (updated_at, id). */
export function listArticles(
  dataSource: DataSource,
  filter: ArticleListFilter,
  page: PageRequest,
): Promise<Connection<Article>> {
  const query = dataSource.getRepository(Article).createQueryBuilder('article');
  if (filter.status) query.andWhere('article.status = :status', { status: filter.status });
  if (!filter.withDrafts) query.andWhere(`article.status <> 'DRAFT'`);
  if (filter.categoryId)
    query.andWhere('article.category_id = :categoryId', { categoryId: filter.categoryId });
  return paginate(
    query,
    {
      columns: ['article.updated_at', 'article.id'],
      keys: ['timestamp', 'uuid'],
      direction: 'DESC',
      valuesOf: (article) => [article.updatedAt.toISOString(), article.id],
    },
    page,
  );
}
