import { decideQuote, effectiveQuoteStatus, quoteDecisionChanges } from '../quote-status';

const TODAY = '2026-06-15';

describe('quote status', () => {
  it('issues a draft, then accepts or rejects the issued quote', () => {
    expect(decideQuote('DRAFT', '2026-06-30', TODAY, 'issue')).toBe('ISSUED');
    expect(decideQuote('ISSUED', '2026-06-30', TODAY, 'accept')).toBe('ACCEPTED');
    expect(decideQuote('ISSUED', '2026-06-15', TODAY, 'reject')).toBe('REJECTED');
  });

  it('reads an undecided quote past its validUntil as EXPIRED', () => {
    expect(effectiveQuoteStatus('ISSUED', '2026-06-14', TODAY)).toBe('EXPIRED');
    expect(effectiveQuoteStatus('ISSUED', '2026-06-15', TODAY)).toBe('ISSUED');
    expect(effectiveQuoteStatus('ACCEPTED', '2026-01-01', TODAY)).toBe('ACCEPTED');
  });

  it.each([
    ['DRAFT', '2026-06-30', 'accept'],
    ['ACCEPTED', '2026-06-30', 'reject'],
    ['ISSUED', '2026-06-30', 'issue'],
    ['ISSUED', '2026-06-01', 'accept'],
  ] as const)('refuses a %s quote valid until %s to %s', (status, validUntil, decision) => {
    expect(() => decideQuote(status, validUntil, TODAY, decision, 'id')).toThrow(
      expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'id' }),
    );
  });
});

describe('a quote decision', () => {
  it('stamps when the quote was issued, or decided', () => {
    const now = new Date('2026-12-03T10:00:00Z');
    expect(quoteDecisionChanges('issue', 'ISSUED', now)).toEqual({ status: 'ISSUED', issuedAt: now });
    expect(quoteDecisionChanges('accept', 'ACCEPTED', now)).toEqual({ status: 'ACCEPTED', decidedAt: now });
  });
});
