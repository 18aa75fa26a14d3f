import { assertEditable, type ArticleStatus } from './article-status';

/** The text of an article that versions keep. */
export interface ArticleText {
  title: string;
  body: string;
  categoryId: string | null;
}

/** What an edit does to the history: write `number`, as a new version or over the current one. */
export interface Revision {
  number: number;
  newVersion: boolean;
}

/**
 * A draft has never been read by anyone, so its edits overwrite its one version; every edit of a
 * published article is kept as the next version (the history agents and auditors read). An edit
 * that changes nothing is no revision at all (null), so a retried request adds no version.
 */
export function revisionOf(
  article: ArticleText & { status: ArticleStatus; currentVersion: number },
  edited: ArticleText,
  field: string,
): Revision | null {
  assertEditable(article.status, field);
  if (!textChanged(article, edited)) return null;
  if (article.status === 'DRAFT') return { number: article.currentVersion, newVersion: false };
  return { number: article.currentVersion + 1, newVersion: true };
}

export function textChanged(before: ArticleText, after: ArticleText): boolean {
  return before.title !== after.title || before.body !== after.body || before.categoryId !== after.categoryId;
}
