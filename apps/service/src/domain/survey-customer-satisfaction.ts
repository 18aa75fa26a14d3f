import { countScores, satisfactionScores, type SatisfactionScores } from './survey-scores';
import { satisfactionTrend, type SatisfactionTrend } from './survey-trend';

export interface ScoredResponse {
  csatScore: number | null;
  npsScore: number | null;
  respondedAt: Date;
}

export interface CustomerSatisfaction {
  latestCsat: number | null;
  latestNps: number | null;
  lastRespondedAt: Date | null;
  responses: number;
  csatTrend: SatisfactionTrend;
  npsTrend: SatisfactionTrend;
  scores: SatisfactionScores;
}

const present = (scores: (number | null)[]) => scores.filter((score): score is number => score !== null);

/** A customer's satisfaction from their responses, newest first: the latest answers and where they head. */
export function customerSatisfaction(newestFirst: ScoredResponse[]): CustomerSatisfaction {
  const csat = present(newestFirst.map((response) => response.csatScore));
  const nps = present(newestFirst.map((response) => response.npsScore));
  return {
    latestCsat: csat[0] ?? null,
    latestNps: nps[0] ?? null,
    lastRespondedAt: newestFirst[0]?.respondedAt ?? null,
    responses: newestFirst.length,
    csatTrend: satisfactionTrend(csat),
    npsTrend: satisfactionTrend(nps),
    scores: satisfactionScores(countScores(newestFirst)),
  };
}
