import { csatScore, netPromoterScore } from '../satisfaction-scores';

describe('CSAT and NPS', () => {
  it('CSAT is the share of 4–5 answers', () => {
    // Answers 5, 4, 3, 2: two satisfied of four.
    expect(csatScore(2, 4)).toBe('50.00');
    expect(csatScore(2, 3)).toBe('66.67');
    expect(csatScore(0, 0)).toBeNull();
  });

  it('NPS is % promoters − % detractors', () => {
    // Answers 10, 9, 8, 7, 6, 0: 2 promoters, 2 detractors of 6 → 0.
    expect(netPromoterScore(2, 2, 6)).toBe('0.00');
    // 10, 10, 9, 3: 3 promoters, 1 detractor of 4 → 75 − 25 = 50.
    expect(netPromoterScore(3, 1, 4)).toBe('50.00');
    expect(netPromoterScore(0, 3, 3)).toBe('-100.00');
    expect(netPromoterScore(0, 0, 0)).toBeNull();
  });
});
