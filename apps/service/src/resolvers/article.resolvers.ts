import { notFound } from '@crm/errors';
import { guard, guardReference, scopeOf } from '@crm/permissions';
import type { Caller } from '@crm/auth';
import { parseId, runIdempotently, scopeOfRequest } from '@crm/subgraph-kit';
import {
  archiveArticle,
  createArticle,
  createArticleCategory,
  publishArticle,
  updateArticle,
} from '../changes/article.changes';
import type { Article } from '../data/article.entity';
import { listArticleCategories, listArticles } from '../data/article.repository';
import { parseArticleChanges, parseNewArticle, parseNewArticleCategory } from '../domain/article-input';
import type { ArticleFilter, CreateArticleInput, Resolvers } from '../generated/resolvers-types';
import type { ServiceContext } from '../service-context';

/** Drafts are work in progress: only those who may write articles read them. */
const readsDrafts = (caller: Caller) => scopeOf(caller, 'article:write') !== null;

const visibleTo = (caller: Caller, article: Article | null) =>
  article && (article.status !== 'DRAFT' || readsDrafts(caller)) ? article : null;

async function articleById(id: string, context: ServiceContext, field = 'id'): Promise<Article> {
  const article = visibleTo(context.caller, await context.loaders.articleById.load(parseId(field, id)));
  if (!article) throw notFound('Article', id, field);
  return article;
}

async function createArticleFor({ idempotencyKey, ...input }: CreateArticleInput, context: ServiceContext) {
  const text = parseNewArticle(input);
  const request = { operation: 'createArticle', key: idempotencyKey, input, field: 'input.idempotencyKey' };
  const id = await runIdempotently(scopeOfRequest(context), request, async (scope) => {
    return (await createArticle(scope, text)).id;
  });
  return articleById(id, context);
}

const filterOf = (filter: ArticleFilter | null | undefined, caller: Caller) => ({
  status: filter?.status ?? null,
  categoryId: filter?.categoryId ? parseId('filter.categoryId', filter.categoryId) : null,
  withDrafts: readsDrafts(caller),
});

/** The article the caller names, at the version they read. */
const ref = (args: { id: string; version: number }) => ({
  id: parseId('id', args.id),
  version: args.version,
});

export const articleResolvers: Resolvers = {
  Query: {
    article: guard('article:read', (_, { id }, context) => articleById(id, context)),
    articles: guard('article:read', (_, { filter, first, after }, context) =>
      listArticles(context.dataSource, filterOf(filter, context.caller), { first, after }),
    ),
    articleCategories: guard('article:read', (_, __, context) => listArticleCategories(context.dataSource)),
  },
  Mutation: {
    createArticleCategory: guard('article:write', (_, { input }, context) =>
      createArticleCategory(scopeOfRequest(context), parseNewArticleCategory(input)),
    ),
    createArticle: guard('article:write', (_, { input }, context) => createArticleFor(input, context)),
    updateArticle: guard('article:write', (_, args, context) =>
      updateArticle(scopeOfRequest(context), ref(args), parseArticleChanges(args.input)),
    ),
    publishArticle: guard('article:write', (_, args, context) =>
      publishArticle(scopeOfRequest(context), ref(args)),
    ),
    archiveArticle: guard('article:write', (_, args, context) =>
      archiveArticle(scopeOfRequest(context), ref(args)),
    ),
  },
  Article: {
    // A draft reached through a federated reference resolves to null for those who may not read drafts.
    __resolveReference: guardReference('article:read', async (reference, context) =>
      visibleTo(context.caller, await context.loaders.articleById.load(reference.id)),
    ),
    category: (article, _, context) =>
      article.categoryId ? context.loaders.articleCategoryById.load(article.categoryId) : null,
    versions: (article, _, context) => context.loaders.versionsOfArticle.load(article.id),
    solvedCount: (article, _, context) => context.loaders.solvedCountOfArticle.load(article.id),
    author: (article) => (article.authorId ? { __typename: 'User', id: article.authorId } : null),
  },
  ArticleVersion: {
    category: (version, _, context) =>
      version.categoryId ? context.loaders.articleCategoryById.load(version.categoryId) : null,
    editedBy: (version) => (version.editedBy ? { __typename: 'User', id: version.editedBy } : null),
  },
};
