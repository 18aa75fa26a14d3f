import { newId } from '@crm/db';
import { conflict, notFound } from '@crm/errors';
import { runChange, type Change, type ChangeScope } from '@crm/subgraph-kit';
import { ArticleCategory } from '../data/article-category.entity';
import { ArticleVersion } from '../data/article-version.entity';
import { Article } from '../data/article.entity';
import type { NewArticleCategory, ArticleChanges } from '../domain/article-input';
import { applyArticleChanges } from '../domain/article-input';
import { revisionOf, type ArticleText } from '../domain/article-revision';
import { assertArticleMove, INITIAL_ARTICLE_STATUS } from '../domain/article-status';
import { articleArchived, articleDrafted, articlePublished, articleRevised } from '../events/article.events';

/** Which article, at the version the caller read. */
export interface ArticleVersionRef {
  id: string;
  version: number;
}

async function assertCategoryExists(change: Change, categoryId: string | null, field: string) {
  if (categoryId && !(await change.manager.findOneBy(ArticleCategory, { id: categoryId })))
    throw notFound('ArticleCategory', categoryId, field);
}

function versionOf(article: Article, number: number, editedBy: string, at: Date): ArticleVersion {
  return Object.assign(new ArticleVersion(), {
    articleId: article.id,
    number,
    categoryId: article.categoryId,
    title: article.title,
    body: article.body,
    editedBy,
    createdAt: at,
  });
}

export function createArticleCategory(
  scope: ChangeScope,
  input: NewArticleCategory,
): Promise<ArticleCategory> {
  return runChange(scope, async (change) => {
    if (await change.manager.findOneBy(ArticleCategory, { name: input.name }))
      throw conflict(`An article category named "${input.name}" exists already; use it or pick another name`);
    const category = Object.assign(new ArticleCategory(), { ...input, id: newId(), createdAt: new Date() });
    return change.insert(ArticleCategory, category, { action: 'createArticleCategory' });
  });
}

/** A new DRAFT with its first version; the author is the caller. */
export function createArticle(scope: ChangeScope, text: ArticleText): Promise<Article> {
  return runChange(scope, async (change) => {
    await assertCategoryExists(change, text.categoryId, 'input.categoryId');
    const now = new Date();
    const article = Object.assign(new Article(), {
      ...text,
      id: newId(),
      status: INITIAL_ARTICLE_STATUS,
      currentVersion: 1,
      authorId: change.caller.userId,
      publishedAt: null,
      archivedAt: null,
      createdAt: now,
      updatedAt: now,
      version: 1,
    });
    await change.insert(Article, article, { action: 'createArticle' });
    await change.manager.insert(ArticleVersion, versionOf(article, 1, change.caller.userId, now));
    change.publish(articleDrafted(article, change.origin));
    return article;
  });
}

/** A draft's edit replaces its version; a published article's edit is kept as its next version. */
export function updateArticle(scope: ChangeScope, ref: ArticleVersionRef, changes: ArticleChanges) {
  return runChange(scope, async (change) => {
    const before = await change.lock(Article, ref.id, { version: ref.version, field: 'id' });
    const edited = applyArticleChanges(before, changes);
    const revision = revisionOf(before, edited, 'id');
    if (!revision) return before;
    await assertCategoryExists(change, edited.categoryId, 'input.categoryId');
    const after = await change.update(
      Article,
      before,
      { ...edited, currentVersion: revision.number },
      { action: 'updateArticle' },
    );
    const version = versionOf(after, revision.number, change.caller.userId, after.updatedAt);
    if (revision.newVersion) await change.manager.insert(ArticleVersion, version);
    else await change.manager.save(ArticleVersion, version);
    change.publish(articleRevised(after, revision, change.origin));
    return after;
  });
}

export function publishArticle(scope: ChangeScope, ref: ArticleVersionRef): Promise<Article> {
  return runChange(scope, async (change) => {
    const before = await change.lock(Article, ref.id, { version: ref.version, field: 'id' });
    assertArticleMove(before.status, 'PUBLISHED', 'id');
    const after = await change.update(
      Article,
      before,
      { status: 'PUBLISHED', publishedAt: new Date() },
      { action: 'publishArticle' },
    );
    change.publish(articlePublished(after, change.origin));
    return after;
  });
}

export function archiveArticle(scope: ChangeScope, ref: ArticleVersionRef): Promise<Article> {
  return runChange(scope, async (change) => {
    const before = await change.lock(Article, ref.id, { version: ref.version, field: 'id' });
    assertArticleMove(before.status, 'ARCHIVED', 'id');
    const after = await change.update(
      Article,
      before,
      { status: 'ARCHIVED', archivedAt: new Date() },
      { action: 'archiveArticle' },
    );
    change.publish(articleArchived(after, change.origin));
    return after;
  });
}
