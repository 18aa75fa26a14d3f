import { badUserInput } from '@crm/errors';

/**
 * The article lifecycle as data: a DRAFT is written and edited until it is PUBLISHED (searched,
 * suggested, linkable to tickets); a PUBLISHED article is edited into new versions until it is
 * ARCHIVED, which is final (its links and solved count stay for the reports).
 */
export const ARTICLE_TRANSITIONS = {
  DRAFT: ['PUBLISHED'],
  PUBLISHED: ['ARCHIVED'],
  ARCHIVED: [],
} as const satisfies Record<string, readonly string[]>;

export type ArticleStatus = keyof typeof ARTICLE_TRANSITIONS;

export const ARTICLE_STATUSES = Object.keys(ARTICLE_TRANSITIONS) as ArticleStatus[];

export const INITIAL_ARTICLE_STATUS: ArticleStatus = 'DRAFT';

export function canMoveArticle(from: ArticleStatus, to: ArticleStatus): boolean {
  return (ARTICLE_TRANSITIONS[from] as readonly ArticleStatus[]).includes(to);
}

/** Refuses a move the lifecycle does not allow, naming both ends and what is allowed instead. */
export function assertArticleMove(from: ArticleStatus, to: ArticleStatus, field: string): void {
  if (canMoveArticle(from, to)) return;
  const allowed: readonly ArticleStatus[] = ARTICLE_TRANSITIONS[from];
  const options = allowed.length > 0 ? `from ${from} it can go to ${allowed.join(', ')}` : `${from} is final`;
  throw badUserInput(field, `an article cannot move from ${from} to ${to}; ${options}`);
}

/** Drafts and published articles may be edited; an archived one is final. */
export function assertEditable(status: ArticleStatus, field: string): void {
  if (status === 'ARCHIVED')
    throw badUserInput(field, 'the article is ARCHIVED, which is final: write a new article instead');
}

/** Only what agents may rely on is linked to a ticket's resolution: a PUBLISHED article. */
export function assertLinkable(status: ArticleStatus, field: string): void {
  if (status === 'DRAFT') throw badUserInput(field, 'the article is a DRAFT: publish it before linking it');
  if (status === 'ARCHIVED')
    throw badUserInput(field, 'the article is ARCHIVED: link a published article instead');
}
