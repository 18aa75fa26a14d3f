import { isQuoteToExpire } from '../quote-expiry';

describe('isQuoteToExpire', () => {
  it('expires an undecided quote the day after its validUntil date', () => {
    const issued = { status: 'ISSUED' as const, validUntil: '2030-04-30' };
    expect(isQuoteToExpire(issued, '2030-04-30')).toBe(false);
    expect(isQuoteToExpire(issued, '2030-05-01')).toBe(true);
    expect(isQuoteToExpire({ ...issued, status: 'DRAFT' }, '2030-05-01')).toBe(true);
  });

  it('leaves decided and already expired quotes alone', () => {
    for (const status of ['ACCEPTED', 'REJECTED', 'EXPIRED'] as const)
      expect(isQuoteToExpire({ status, validUntil: '2030-04-30' }, '2031-01-01')).toBe(false);
  });
});
