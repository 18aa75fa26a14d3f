import { CrmError } from '@crm/errors';
import {
  ARTICLE_STATUSES,
  assertArticleMove,
  assertEditable,
  assertLinkable,
  canMoveArticle,
  INITIAL_ARTICLE_STATUS,
} from '../article-status';

describe('article status', () => {
  it('starts as a DRAFT', () => {
    expect(INITIAL_ARTICLE_STATUS).toBe('DRAFT');
  });

  it.each([
    ['DRAFT', 'PUBLISHED'],
    ['PUBLISHED', 'ARCHIVED'],
  ] as const)('moves from %s to %s', (from, to) => {
    expect(canMoveArticle(from, to)).toBe(true);
    expect(() => assertArticleMove(from, to, 'id')).not.toThrow();
  });

  it.each([
    ['DRAFT', 'ARCHIVED'],
    ['DRAFT', 'DRAFT'],
    ['PUBLISHED', 'DRAFT'],
    ['PUBLISHED', 'PUBLISHED'],
    ['ARCHIVED', 'PUBLISHED'],
    ['ARCHIVED', 'DRAFT'],
  ] as const)('refuses %s to %s, naming both on the field', (from, to) => {
    expect(canMoveArticle(from, to)).toBe(false);
    expect(() => assertArticleMove(from, to, 'id')).toThrow(CrmError);
    expect(() => assertArticleMove(from, to, 'id')).toThrow(
      new RegExp(`^id: an article cannot move from ${from} to ${to}`),
    );
  });

  it('says where an article can go instead, and that ARCHIVED is final', () => {
    expect(() => assertArticleMove('DRAFT', 'ARCHIVED', 'id')).toThrow(/from DRAFT it can go to PUBLISHED/);
    expect(() => assertArticleMove('ARCHIVED', 'PUBLISHED', 'id')).toThrow(/ARCHIVED is final/);
    expect(ARTICLE_STATUSES).toEqual(['DRAFT', 'PUBLISHED', 'ARCHIVED']);
  });

  it('edits drafts and published articles, never archived ones', () => {
    expect(() => assertEditable('DRAFT', 'id')).not.toThrow();
    expect(() => assertEditable('PUBLISHED', 'id')).not.toThrow();
    expect(() => assertEditable('ARCHIVED', 'id')).toThrow(/^id: the article is ARCHIVED/);
  });

  it('links only published articles to tickets', () => {
    expect(() => assertLinkable('PUBLISHED', 'articleId')).not.toThrow();
    expect(() => assertLinkable('DRAFT', 'articleId')).toThrow(/^articleId: the article is a DRAFT/);
    expect(() => assertLinkable('ARCHIVED', 'articleId')).toThrow(/^articleId: the article is ARCHIVED/);
  });
});
