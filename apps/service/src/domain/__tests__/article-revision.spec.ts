import {
  applyArticleChanges,
  parseArticleChanges,
  parseNewArticle,
  parseNewArticleCategory,
} from '../article-input';
import { revisionOf } from '../article-revision';

const text = { title: 'VPN', body: 'Reinstall', categoryId: null };

describe('article revisions', () => {
  it('overwrites a draft’s one version', () => {
    const draft = { ...text, status: 'DRAFT' as const, currentVersion: 1 };
    expect(revisionOf(draft, { ...text, body: 'Reinstall the client' }, 'id')).toEqual({
      number: 1,
      newVersion: false,
    });
  });

  it('keeps every edit of a published article as its next version', () => {
    const live = { ...text, status: 'PUBLISHED' as const, currentVersion: 3 };
    expect(revisionOf(live, { ...text, title: 'VPN (2025)' }, 'id')).toEqual({ number: 4, newVersion: true });
    expect(revisionOf(live, { ...text, categoryId: 'c' }, 'id')).toEqual({ number: 4, newVersion: true });
  });

  it('makes no revision of an edit that changes nothing, and none of an archived article', () => {
    expect(revisionOf({ ...text, status: 'PUBLISHED', currentVersion: 2 }, text, 'id')).toBeNull();
    expect(() => revisionOf({ ...text, status: 'ARCHIVED', currentVersion: 2 }, text, 'id')).toThrow(
      /^id: the article is ARCHIVED/,
    );
  });

  it('applies only the changes sent; categoryId null leaves the category', () => {
    const before = { ...text, categoryId: 'c1' };
    expect(applyArticleChanges(before, { body: 'New' })).toEqual({ ...before, body: 'New' });
    expect(applyArticleChanges(before, { categoryId: null })).toEqual({ ...before, categoryId: null });
  });

  it('parses inputs, naming the invalid field', () => {
    expect(parseNewArticle({ title: ' A ', body: ' B ' })).toEqual({
      title: 'A',
      body: 'B',
      categoryId: null,
    });
    expect(() => parseNewArticle({ title: '', body: 'B' })).toThrow(/^input\.title: must not be empty/);
    expect(() => parseNewArticle({ title: 'A', body: 'B', categoryId: 'x' })).toThrow(/^input\.categoryId:/);
    expect(() => parseNewArticle({ title: 'x'.repeat(201), body: 'B' })).toThrow(
      /^input\.title: must be at most 200/,
    );
    expect(() => parseArticleChanges({ body: null })).toThrow(/^input\.body: must not be null/);
    expect(parseArticleChanges({ categoryId: null })).toEqual({ categoryId: null });
    expect(() => parseNewArticleCategory({ name: ' ' })).toThrow(/^input\.name: must not be empty/);
  });
});
