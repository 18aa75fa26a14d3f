import {
  anyTermQuery,
  containsPattern,
  fallbackTermsOf,
  highlightTerms,
  isUnspacedTerm,
  parseHitLimit,
  parseSearchQuery,
} from '../article-search-terms';

describe('article search terms', () => {
  it('splits unspaced scripts into character pairs and keeps words of three letters or more', () => {
    expect(fallbackTermsOf('退款')).toEqual(['退款']);
    expect(fallbackTermsOf('退款流程')).toEqual(['退款', '款流', '流程']);
    expect(fallbackTermsOf('VPN 退款, a refund-policy')).toEqual(['vpn', '退款', 'refund', 'policy']);
    expect(fallbackTermsOf('申请退款refund')).toEqual(['申请', '请退', '退款', 'refund']);
    expect(fallbackTermsOf('!! ok')).toEqual([]);
  });

  it('tells unspaced character pairs apart and ORs them into a tsquery', () => {
    expect(['退款', 'vpn', 'カタ'].map(isUnspacedTerm)).toEqual([true, false, true]);
    expect(anyTermQuery(['退款', '款流'])).toBe("'退款' | '款流'");
  });

  it('takes LIKE wildcards in a term literally', () => {
    expect(containsPattern('100%_off\\')).toBe('%100\\%\\_off\\\\%');
  });

  it('marks every term in the passage around the first match', () => {
    expect(highlightTerms('退款流程说明', ['退款', '流程'])).toBe('<mark>退款</mark><mark>流程</mark>说明');
    expect(highlightTerms('Reset your Password', ['password'])).toBe('Reset your <mark>Password</mark>');
    const long = `${'x'.repeat(300)} refund ${'y'.repeat(300)}`;
    const passage = highlightTerms(long, ['refund'], 100);
    expect(passage).toMatch(/^….*<mark>refund<\/mark>.*…$/);
    expect(highlightTerms('No match here', ['refund'])).toBe('No match here');
  });

  it('refuses empty, long or NUL queries and hit limits outside 1 to 20', () => {
    expect(parseSearchQuery('  退款 ', 'query')).toBe('退款');
    expect(() => parseSearchQuery('  ', 'query')).toThrow(/^query: must not be empty/);
    expect(() => parseSearchQuery('x'.repeat(201), 'query')).toThrow(/^query: must be at most 200/);
    expect(() => parseSearchQuery('a\u0000', 'query')).toThrow(/^query: must not contain NUL/);
    expect(parseHitLimit(undefined, 5, 'first')).toBe(5);
    expect(() => parseHitLimit(0, 5, 'first')).toThrow(/^first: must be between 1 and 20/);
    expect(() => parseHitLimit(21, 5, 'first')).toThrow(/^first:/);
  });
});
