import { countScores, satisfactionScores, NO_ANSWERS } from '../survey-scores';

const csat = (...scores: number[]) => scores.map((csatScore) => ({ csatScore, npsScore: null }));
const nps = (...scores: number[]) => scores.map((npsScore) => ({ csatScore: null, npsScore }));

describe('CSAT (top-two-box share of 1–5 answers)', () => {
  it('counts only 4 and 5 as satisfied: 5,4,4,3,1 → 3 of 5 = 60 %', () => {
    expect(satisfactionScores(countScores(csat(5, 4, 4, 3, 1)))).toMatchObject({
      csat: 60,
      csatAnswers: 5,
      satisfied: 3,
    });
  });

  it('rounds to one decimal: 2 of 3 → 66.7 %, 1 of 3 → 33.3 %', () => {
    expect(satisfactionScores(countScores(csat(5, 4, 2))).csat).toBe(66.7);
    expect(satisfactionScores(countScores(csat(5, 3, 2))).csat).toBe(33.3);
  });

  it('is null without answers, not 0', () => {
    expect(satisfactionScores(NO_ANSWERS).csat).toBeNull();
    expect(satisfactionScores(countScores(nps(9))).csat).toBeNull();
  });
});

describe('NPS (% promoters 9–10 minus % detractors 0–6)', () => {
  it('10,9,9,8,7,6,3,0 → 3 promoters, 2 passives, 3 detractors → 0', () => {
    expect(satisfactionScores(countScores(nps(10, 9, 9, 8, 7, 6, 3, 0)))).toMatchObject({
      nps: 0,
      npsAnswers: 8,
      promoters: 3,
      passives: 2,
      detractors: 3,
    });
  });

  it('10,10,9,7,2 → 60 % − 20 % = 40', () => {
    expect(satisfactionScores(countScores(nps(10, 10, 9, 7, 2))).nps).toBe(40);
  });

  it('goes negative and rounds half away from zero: 9,5,4 → 33.33 − 66.67 = −33.3', () => {
    expect(satisfactionScores(countScores(nps(9, 5, 4))).nps).toBe(-33.3);
    // 1 promoter, 7 detractors of 8: 12.5 − 87.5 = −75
    expect(satisfactionScores(countScores(nps(9, 0, 0, 0, 0, 0, 0, 0))).nps).toBe(-75);
  });

  it('spans −100 to 100 at the edges of the bands (6 is a detractor, 7 and 8 are passive, 9 a promoter)', () => {
    expect(satisfactionScores(countScores(nps(9, 10))).nps).toBe(100);
    expect(satisfactionScores(countScores(nps(0, 6))).nps).toBe(-100);
    expect(satisfactionScores(countScores(nps(7, 8))).nps).toBe(0);
  });

  it('counts each response once for each score it holds', () => {
    const counts = countScores([
      { csatScore: 5, npsScore: 10 },
      { csatScore: 2, npsScore: null },
      { csatScore: null, npsScore: 4 },
    ]);
    expect(counts).toEqual({ csatAnswers: 2, satisfied: 1, npsAnswers: 2, promoters: 1, detractors: 1 });
    expect(satisfactionScores(counts)).toMatchObject({ csat: 50, nps: 0 });
  });
});
