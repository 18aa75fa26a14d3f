import { churnRiskMove, churnRiskOf, type ChurnRiskInputs } from '../churn-risk';

const at = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const calm: ChurnRiskInputs = {
  now: at('2026-06-30'),
  purchaseDates: [at('2026-05-01'), at('2026-06-01')],
  spendLastYear: '500',
  spendYearBefore: '400',
  openComplaints: 0,
  latestSatisfaction: { csat: 5, nps: 9, respondedAt: at('2026-06-10') },
  lastContactAt: at('2026-06-20'),
};

describe('churn-risk score', () => {
  it('is zero for a customer buying on time, spending more, content and in touch', () => {
    expect(churnRiskOf(calm)).toEqual({ score: 0, reasons: [] });
  });

  it('adds up every signal with its share and detail', () => {
    const risky: ChurnRiskInputs = {
      now: at('2026-06-30'),
      // Usual interval (Mar 1 → Mar 31) 30 days; 91 days since → ratio 3.03 ≥ 3: full 0.35.
      purchaseDates: [at('2026-03-31'), at('2026-03-01')],
      // Spend fell from 1000 to 250: 75 % × 0.15 = 0.1125.
      spendLastYear: '250',
      spendYearBefore: '1000.00',
      openComplaints: 1,
      // CSAT 2 → half; NPS 3 → 4/7 ≈ 0.5714: the larger × 0.1 = 0.0571.
      latestSatisfaction: { csat: 2, nps: 3, respondedAt: at('2026-06-01') },
      // 120 days of silence: (120 − 60) / 120 = 0.5 × 0.1 = 0.05.
      lastContactAt: at('2026-03-02'),
    };
    const risk = churnRiskOf(risky);
    expect(risk.reasons).toEqual([
      {
        signal: 'OVERDUE_REPURCHASE',
        contribution: 0.35,
        detail: 'No purchase for 91 days, usually every 30',
      },
      { signal: 'OPEN_COMPLAINTS', contribution: 0.15, detail: '1 open complaint' },
      {
        signal: 'FALLING_SPEND',
        contribution: 0.1125,
        detail: 'Spent 250.00 in the last 12 months against 1000.00 the 12 before (−75 %)',
      },
      {
        signal: 'LOW_SATISFACTION',
        contribution: 0.0571,
        detail: 'Latest survey answer: CSAT 2/5, NPS 3/10',
      },
      { signal: 'SILENCE', contribution: 0.05, detail: 'No interaction for 120 days' },
    ]);
    expect(risk.score).toBe(0.7196);
  });

  it('grows overdue linearly from the usual interval to three times it', () => {
    // One purchase: usual 90 days assumed; 180 days since → (2 − 1) / 2 = 0.5 × 0.35 = 0.175.
    const risk = churnRiskOf({ ...calm, purchaseDates: [at('2026-01-01')], now: at('2026-06-30') });
    expect(risk.reasons.find((reason) => reason.signal === 'OVERDUE_REPURCHASE')).toEqual({
      signal: 'OVERDUE_REPURCHASE',
      contribution: 0.175,
      detail: 'No purchase for 180 days, usually every 90',
    });
  });

  it('counts at most two open complaints and forgets survey answers older than a year', () => {
    const risk = churnRiskOf({
      ...calm,
      openComplaints: 5,
      latestSatisfaction: { csat: 1, nps: null, respondedAt: at('2025-06-01') },
    });
    expect(risk).toEqual({
      score: 0.3,
      reasons: [{ signal: 'OPEN_COMPLAINTS', contribution: 0.3, detail: '5 open complaints' }],
    });
  });

  it('never exceeds 1', () => {
    const worst = churnRiskOf({
      now: at('2027-01-01'),
      purchaseDates: [at('2025-01-01'), at('2025-01-31')],
      spendLastYear: '0',
      spendYearBefore: '10',
      openComplaints: 3,
      latestSatisfaction: { csat: 1, nps: 0, respondedAt: at('2026-12-01') },
      lastContactAt: at('2025-01-01'),
    });
    expect(worst.score).toBe(1);
  });
});

describe('churn loop edge', () => {
  it('detects once on reaching the threshold and clears once below it', () => {
    expect(churnRiskMove(false, 0.7, 0.7)).toBe('DETECTED');
    expect(churnRiskMove(true, 0.9, 0.7)).toBeNull();
    expect(churnRiskMove(true, 0.69, 0.7)).toBe('CLEARED');
    expect(churnRiskMove(false, 0.2, 0.7)).toBeNull();
  });
});
