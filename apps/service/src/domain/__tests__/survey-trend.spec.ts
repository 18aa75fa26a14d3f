import { customerSatisfaction } from '../survey-customer-satisfaction';
import { satisfactionTrend } from '../survey-trend';

describe('satisfactionTrend (newest first)', () => {
  it('needs an earlier answer to compare with', () => {
    expect(satisfactionTrend([])).toBe('NOT_ENOUGH_DATA');
    expect(satisfactionTrend([4])).toBe('NOT_ENOUGH_DATA');
  });

  it('compares the latest answer with the mean of up to three before it', () => {
    // mean of 2, 3, 1 = 2; 5 − 2 = 3 ≥ 1
    expect(satisfactionTrend([5, 2, 3, 1])).toBe('IMPROVING');
    // mean of 5, 4, 5 = 4.67; 3 − 4.67 = −1.67
    expect(satisfactionTrend([3, 5, 4, 5])).toBe('DECLINING');
    // mean of 4, 5 = 4.5; 4 − 4.5 = −0.5: within a point
    expect(satisfactionTrend([4, 4, 5])).toBe('STEADY');
  });

  it('ignores answers older than the window: [4, 4, 4, 4, 0] is steady', () => {
    expect(satisfactionTrend([4, 4, 4, 4, 0])).toBe('STEADY');
  });

  it('counts a change of exactly one point', () => {
    expect(satisfactionTrend([9, 8])).toBe('IMPROVING');
    expect(satisfactionTrend([7, 8])).toBe('DECLINING');
  });
});

describe('customerSatisfaction', () => {
  const at = (day: number) => new Date(`2026-11-${String(day).padStart(2, '0')}T10:00:00.000Z`);

  it('gives the latest score of each kind, skipping responses without it, and both trends', () => {
    const satisfaction = customerSatisfaction([
      { csatScore: null, npsScore: 10, respondedAt: at(20) },
      { csatScore: 2, npsScore: null, respondedAt: at(15) },
      { csatScore: 5, npsScore: 6, respondedAt: at(10) },
      { csatScore: 4, npsScore: 7, respondedAt: at(5) },
    ]);
    expect(satisfaction).toMatchObject({
      latestCsat: 2,
      latestNps: 10,
      lastRespondedAt: at(20),
      responses: 4,
      // 2 against mean(5, 4) = 4.5
      csatTrend: 'DECLINING',
      // 10 against mean(6, 7) = 6.5
      npsTrend: 'IMPROVING',
      // CSAT 2 of 3 satisfied; NPS 1 promoter, 1 detractor of 3
      scores: { csat: 66.7, nps: 0, csatAnswers: 3, npsAnswers: 3 },
    });
  });

  it('is empty but answers for a customer who never responded', () => {
    expect(customerSatisfaction([])).toMatchObject({
      latestCsat: null,
      latestNps: null,
      lastRespondedAt: null,
      responses: 0,
      csatTrend: 'NOT_ENOUGH_DATA',
      scores: { csat: null, nps: null },
    });
  });
});
