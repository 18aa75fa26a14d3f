/**
 * CSAT and NPS as support desks compute them:
 * - CSAT (customer satisfaction score) is the top-two-box share: the percentage of 1–5 answers that
 *   are 4 or 5.
 * - NPS (Net Promoter Score, Reichheld 2003, https://www.netpromoter.com/know/) is the percentage
 *   of promoters (9–10) minus the percentage of detractors (0–6) among 0–10 answers, from −100 to
 *   100; passives (7–8) count only in the total.
 */

/** How many answers of each band a set of responses holds: what SQL counts and reports add up. */
export interface ScoreCounts {
  csatAnswers: number;
  /** CSAT answers of 4 or 5. */
  satisfied: number;
  npsAnswers: number;
  promoters: number;
  detractors: number;
}

export interface SatisfactionScores extends ScoreCounts {
  /** Percent, one decimal; null without CSAT answers. */
  csat: number | null;
  /** −100 to 100, one decimal; null without NPS answers. */
  nps: number | null;
  passives: number;
}

export const NO_ANSWERS: ScoreCounts = {
  csatAnswers: 0,
  satisfied: 0,
  npsAnswers: 0,
  promoters: 0,
  detractors: 0,
};

/** The bands, shared with the SQL that counts them. */
export const SATISFIED_FROM = 4;
export const PROMOTER_FROM = 9;
export const DETRACTOR_UP_TO = 6;

export const isSatisfied = (csat: number) => csat >= SATISFIED_FROM;
export const isPromoter = (nps: number) => nps >= PROMOTER_FROM;
export const isDetractor = (nps: number) => nps <= DETRACTOR_UP_TO;

/** Rounds half away from zero to one decimal, on the exact fraction (no float drift at .x5). */
function percent(part: number, whole: number): number {
  const tenths = (part * 1000) / whole;
  return (Math.sign(tenths) * Math.round(Math.abs(tenths))) / 10;
}

export function satisfactionScores(counts: ScoreCounts): SatisfactionScores {
  return {
    ...counts,
    csat: counts.csatAnswers === 0 ? null : percent(counts.satisfied, counts.csatAnswers),
    nps: counts.npsAnswers === 0 ? null : percent(counts.promoters - counts.detractors, counts.npsAnswers),
    passives: counts.npsAnswers - counts.promoters - counts.detractors,
  };
}

/** The counts of individual responses' scores (null: that question was not answered). */
export function countScores(responses: { csatScore: number | null; npsScore: number | null }[]): ScoreCounts {
  const csat = responses.flatMap((response) => (response.csatScore === null ? [] : [response.csatScore]));
  const nps = responses.flatMap((response) => (response.npsScore === null ? [] : [response.npsScore]));
  return {
    csatAnswers: csat.length,
    satisfied: csat.filter(isSatisfied).length,
    npsAnswers: nps.length,
    promoters: nps.filter(isPromoter).length,
    detractors: nps.filter(isDetractor).length,
  };
}
