import { percentOf } from './report-percent';

/** A CSAT answer of 4 or 5 on the 1–5 scale counts as satisfied (the usual top-two-box CSAT). */
export const CSAT_SATISFIED_FROM = 4;
/** NPS (Reichheld, 2003): 9–10 are promoters, 0–6 detractors, 7–8 passives. */
export const NPS_PROMOTER_FROM = 9;
export const NPS_DETRACTOR_UP_TO = 6;

/** CSAT: the share of answers that are satisfied, as a percentage; null with no answers. */
export function csatScore(satisfied: number, answers: number): string | null {
  return percentOf(satisfied, answers);
}

/** NPS = % promoters − % detractors, −100 to 100, two decimals; null with no answers. */
export function netPromoterScore(promoters: number, detractors: number, answers: number): string | null {
  return percentOf(promoters - detractors, answers);
}
